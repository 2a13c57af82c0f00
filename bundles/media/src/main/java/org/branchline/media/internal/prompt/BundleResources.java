package org.branchline.media.internal.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Optional;

/** Files packed in this bundle, e.g. prompts/en/mc/main-menu.snd. */
final class BundleResources {
    private BundleResources() {
    }

    static Optional<byte[]> read(String path) {
        URL url = BundleResources.class.getClassLoader().getResource(path);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
