package org.branchline.voicemail.internal.mailbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A mailbox's greetings (0 the default, 1–7 one per presence, user guide §1.2.3), its name recording, and the
 * greetings set to announce only (§1.2.4).
 */
public final class Greetings {
    public static final int DEFAULT = 0;
    private final Path folder;

    Greetings(Path folder) {
        this.folder = folder;
    }

    public Path greeting(int number) {
        return folder.resolve("greetings").resolve(number + ".snd");
    }

    public boolean has(int number) {
        return Files.isRegularFile(greeting(number));
    }

    public Path name() {
        return folder.resolve("name.snd");
    }

    public boolean hasName() {
        return Files.isRegularFile(name());
    }

    /** A place to record a take before it is saved. */
    public Path take(String what) {
        return folder.resolve("takes").resolve(what + ".snd");
    }

    /** Makes a take the greeting or name it was recorded for. */
    public void save(Path take, Path as) {
        try {
            DurableFiles.moveInto(take, as);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + as, e);
        }
    }

    public synchronized boolean announceOnly(int number) {
        return announceOnlySet().contains(number);
    }

    public synchronized void setAnnounceOnly(int number, boolean on) {
        Set<Integer> set = announceOnlySet();
        if (on) {
            set.add(number);
        } else {
            set.remove(number);
        }
        Properties p = new Properties();
        p.setProperty("announce-only", set.stream().map(String::valueOf).collect(Collectors.joining(",")));
        DurableFiles.writeProperties(settingsFile(), p);
    }

    private Set<Integer> announceOnlySet() {
        Path file = settingsFile();
        if (!Files.exists(file)) {
            return new TreeSet<>();
        }
        String value = DurableFiles.readProperties(file).getProperty("announce-only", "");
        return Arrays.stream(value.split(",")).filter(s -> !s.isBlank()).map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Path settingsFile() {
        return folder.resolve("mailbox.properties");
    }
}
