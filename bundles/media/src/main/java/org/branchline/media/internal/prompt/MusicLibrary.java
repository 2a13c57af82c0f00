package org.branchline.media.internal.prompt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Music on hold (admin guide 33): moh_n_m.snd files in a directory, n from 1 to 30, raw 8 kHz µ-law. The directory
 * is looked at on every call, so imported or deleted files count at once; a file is read again when its size or
 * modification time changes.
 */
public final class MusicLibrary {
    static final String SUPPLIED = "moh_supplied.snd";
    private static final Pattern FILE_NAME = Pattern.compile("moh_([1-9]|[12][0-9]|30)_[A-Za-z0-9_]+\\.snd");

    private final Path directory;
    private final byte[] builtIn = BundleResources.read("prompts/music/" + SUPPLIED)
            .orElseThrow(() -> new IllegalStateException("the bundle lacks prompts/music/" + SUPPLIED));
    private final Map<Path, Content> contents = new ConcurrentHashMap<>();

    public MusicLibrary(Path directory) {
        this.directory = directory;
    }

    /**
     * The music of class n, shared: do not change it. Class 0, or one without a file, plays the directory's
     * moh_supplied.snd, or else the music this bundle supplies.
     */
    public byte[] music(int n) {
        Optional<byte[]> own = n == 0 ? Optional.empty() : find(n).flatMap(this::read);
        return own.or(() -> read(directory.resolve(SUPPLIED))).orElse(builtIn);
    }

    private Optional<Path> find(int n) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> musicClass(file.getFileName().toString()) == n).sorted().findFirst();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static int musicClass(String fileName) {
        Matcher name = FILE_NAME.matcher(fileName);
        return name.matches() ? Integer.parseInt(name.group(1)) : 0;
    }

    private Optional<byte[]> read(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.size() == 0) {
                return Optional.empty();
            }
            Content cached = contents.get(file);
            if (cached == null || !cached.matches(attributes)) {
                cached = new Content(attributes.size(), attributes.lastModifiedTime(), Files.readAllBytes(file));
                contents.put(file, cached);
            }
            return Optional.of(cached.bytes());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private record Content(long size, FileTime modified, byte[] bytes) {
        boolean matches(BasicFileAttributes attributes) {
            return size == attributes.size() && modified.equals(attributes.lastModifiedTime());
        }
    }
}
