package org.branchline.voicemail.internal.mailbox;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/** Small files written so that a crash leaves either the old or the new content, never a torn one. */
final class DurableFiles {
    private DurableFiles() {
    }

    /** Writes {@code properties} beside {@code file}, forces it, renames it over {@code file}, forces the folder. */
    static void writeProperties(Path file, Properties properties) {
        StringWriter text = new StringWriter();
        try {
            properties.store(text, null);
            write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static Properties readProperties(Path file) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(content));
            out.force(true);
        }
        moveInto(temporary, file);
    }

    /** Renames {@code from} to {@code to} atomically and forces the folder, so the name survives a crash. */
    static void moveInto(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder(to.getParent());
    }

    static void forceFolder(Path folder) throws IOException {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    /** Copies audio durably: {@code parts} one after the other into {@code to}. */
    static void concatenate(Path to, Path... parts) throws IOException {
        Path temporary = to.resolveSibling(to.getFileName() + ".tmp");
        Files.createDirectories(to.getParent());
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (Path part : parts) {
                try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ)) {
                    in.transferTo(0, in.size(), out);
                }
            }
            out.force(true);
        }
        moveInto(temporary, to);
    }
}
