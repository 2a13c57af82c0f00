package org.branchline.voicemail.internal.mailbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One user's voice mailbox, as files under its folder: {@code messages/<id>.snd} with {@code <id>.properties}
 * (the envelope and state), {@code greetings/<0-7>.snd}, {@code name.snd} and {@code mailbox.properties}.
 * A message's envelope is written (state "recording") before its audio, so a crash during the recording
 * leaves a message that {@link #recover()} completes.
 */
public final class Mailbox {
    private static final DateTimeFormatter IDS = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS")
            .withZone(ZoneOffset.UTC);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RECORDING = "recording";
    private static final String NEW = "new";
    private static final String SAVED = "saved";
    private final String owner;
    private final Path folder;

    Mailbox(String owner, Path folder) {
        this.owner = owner;
        this.folder = folder;
    }

    public String owner() {
        return owner;
    }

    public synchronized List<VoiceMessage> messages(boolean newOnes) {
        return all().stream().filter(m -> m.isNew() == newOnes).toList();
    }

    public synchronized Counts counts() {
        List<VoiceMessage> all = all();
        int fresh = (int) all.stream().filter(VoiceMessage::isNew).count();
        return new Counts(fresh, all.size() - fresh);
    }

    /** Starts a message: its envelope is on disk, marked as being recorded, before any audio is. */
    public synchronized Draft begin(Envelope envelope) {
        String id = IDS.format(envelope.received()) + "-" + String.format("%04d", SEQUENCE.incrementAndGet() % 10000);
        DurableFiles.writeProperties(envelopeFile(id), properties(envelope, RECORDING, 0));
        return new Draft(this, id, audioFile(id), envelope);
    }

    synchronized VoiceMessage keep(Draft draft, long millis) {
        DurableFiles.writeProperties(envelopeFile(draft.id()), properties(draft.envelope(), NEW, millis));
        return new VoiceMessage(draft.id(), draft.envelope(), true, millis, draft.audio());
    }

    synchronized void discard(Draft draft) {
        delete(draft.id());
    }

    /** Stores a copy of {@code audio parts} as a new message (send, forward, reply). */
    public synchronized VoiceMessage deliver(Envelope envelope, long millis, Path... parts) {
        Draft draft = begin(envelope);
        try {
            DurableFiles.concatenate(draft.audio(), parts);
        } catch (IOException e) {
            discard(draft);
            throw new UncheckedIOException("cannot deliver to " + owner, e);
        }
        return keep(draft, millis);
    }

    public synchronized void markSaved(VoiceMessage message) {
        if (message.isNew() && Files.exists(envelopeFile(message.id()))) {
            DurableFiles.writeProperties(envelopeFile(message.id()), properties(message.envelope(), SAVED,
                    message.millis()));
        }
    }

    public synchronized void delete(VoiceMessage message) {
        delete(message.id());
    }

    /** Completes messages a crash left in the middle of their recording; drops those with no audio. */
    public synchronized int recover() {
        int recovered = 0;
        for (String id : ids()) {
            Properties p = DurableFiles.readProperties(envelopeFile(id));
            if (!RECORDING.equals(p.getProperty("state"))) {
                continue;
            }
            long bytes = size(audioFile(id));
            if (bytes < 800) {
                delete(id);
            } else {
                DurableFiles.writeProperties(envelopeFile(id), properties(envelope(p), NEW, bytes / 8));
                recovered++;
            }
        }
        return recovered;
    }

    public Greetings greetings() {
        return new Greetings(folder);
    }

    private List<VoiceMessage> all() {
        List<VoiceMessage> all = new ArrayList<>();
        for (String id : ids()) {
            Properties p = DurableFiles.readProperties(envelopeFile(id));
            String state = p.getProperty("state");
            if (!RECORDING.equals(state)) {
                all.add(new VoiceMessage(id, envelope(p), NEW.equals(state),
                        Long.parseLong(p.getProperty("millis", "0")), audioFile(id)));
            }
        }
        all.sort(Comparator.comparing(VoiceMessage::id));
        return all;
    }

    private Set<String> ids() {
        Path messages = folder.resolve("messages");
        if (!Files.isDirectory(messages)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(messages)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + messages, e);
        }
    }

    private void delete(String id) {
        try {
            Files.deleteIfExists(envelopeFile(id));
            Files.deleteIfExists(audioFile(id));
            DurableFiles.forceFolder(folder.resolve("messages"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete message " + id + " of " + owner, e);
        }
    }

    private Path envelopeFile(String id) {
        return folder.resolve("messages").resolve(id + ".properties");
    }

    private Path audioFile(String id) {
        return folder.resolve("messages").resolve(id + ".snd");
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static Properties properties(Envelope e, String state, long millis) {
        Properties p = new Properties();
        p.setProperty("state", state);
        p.setProperty("millis", Long.toString(millis));
        p.setProperty("received", e.received().toString());
        Optional.ofNullable(e.callerNumber()).ifPresent(v -> p.setProperty("caller-number", v));
        Optional.ofNullable(e.callerName()).ifPresent(v -> p.setProperty("caller-name", v));
        Optional.ofNullable(e.callerLogin()).ifPresent(v -> p.setProperty("caller-login", v));
        return p;
    }

    private static Envelope envelope(Properties p) {
        return new Envelope(p.getProperty("caller-number"), p.getProperty("caller-name"),
                p.getProperty("caller-login"), Instant.parse(p.getProperty("received")));
    }
}
