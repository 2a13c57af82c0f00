package org.branchline.media.internal.prompt;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The prompt fragments packed in this bundle: prompts/{language}/{name}.snd, raw 8 kHz µ-law. Each is read once; a
 * fragment a secondary language lacks is played in English.
 */
public final class PromptLibrary {
    public static final String DEFAULT_LANGUAGE = "en";

    private final Map<String, Optional<byte[]>> fragments = new ConcurrentHashMap<>();

    /** The fragment's µ-law bytes, shared: do not change them. */
    public byte[] fragment(String language, String name) {
        return load(language, name)
                .or(() -> load(DEFAULT_LANGUAGE, name))
                .orElseThrow(() -> new IllegalArgumentException("no prompt named " + name));
    }

    /** Whether the language has its own recording of the fragment (not counting the English fallback). */
    public boolean has(String language, String name) {
        return load(language, name).isPresent();
    }

    private Optional<byte[]> load(String language, String name) {
        String path = "prompts/" + language + "/" + name + ".snd";
        return fragments.computeIfAbsent(path, BundleResources::read);
    }
}
