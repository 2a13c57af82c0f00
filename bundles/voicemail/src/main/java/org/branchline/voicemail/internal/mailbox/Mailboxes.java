package org.branchline.voicemail.internal.mailbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Every user's mailbox under one folder, by login name. */
public final class Mailboxes {
    private final Path root;
    private final Map<String, Mailbox> open = new ConcurrentHashMap<>();

    public Mailboxes(Path root) {
        this.root = root;
    }

    public Mailbox of(String owner) {
        if (!owner.matches("[A-Za-z0-9._@-]+")) {
            throw new IllegalArgumentException("not a login name: " + owner);
        }
        return open.computeIfAbsent(owner, o -> new Mailbox(o, root.resolve(o)));
    }

    /** The owners with a mailbox folder. */
    public List<String> owners() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }
}
