package org.branchline.voicemail.internal.mailbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailboxTest {
    @TempDir
    Path root;

    private final Envelope alice = new Envelope("201", "Alice", "alice", Instant.parse("2026-11-23T19:40:00Z"));

    @Test
    void aKeptMessageIsNewUntilSavedAndGoneWhenDeleted() throws IOException {
        Mailbox box = new Mailboxes(root).of("bob");
        Draft draft = box.begin(alice);
        Files.write(draft.audio(), new byte[8000]);
        VoiceMessage kept = draft.keep(1000);

        assertEquals(new Counts(1, 0), box.counts());
        assertEquals(alice, box.messages(true).get(0).envelope());
        box.markSaved(kept);
        assertEquals(new Counts(0, 1), box.counts());
        box.delete(box.messages(false).get(0));
        assertEquals(new Counts(0, 0), box.counts());
        assertFalse(Files.exists(draft.audio()));
    }

    @Test
    void aMessageBeingRecordedIsNotListedButARestartKeepsWhatReachedTheDisk() throws IOException {
        Mailbox box = new Mailboxes(root).of("bob");
        Draft draft = box.begin(alice);
        Files.write(draft.audio(), new byte[16000]);
        assertEquals(0, box.counts().total());

        Mailbox afterCrash = new Mailboxes(root).of("bob");
        assertEquals(1, afterCrash.recover());
        List<VoiceMessage> recovered = afterCrash.messages(true);
        assertEquals(1, recovered.size());
        assertEquals(2000, recovered.get(0).millis());
        assertEquals("Alice", recovered.get(0).envelope().callerName());
    }

    @Test
    void aCrashBeforeAnyAudioLeavesNothing() {
        Mailbox box = new Mailboxes(root).of("bob");
        box.begin(alice);
        assertEquals(0, box.recover());
        assertEquals(0, box.counts().total());
    }

    @Test
    void aForwardedMessageIsTheIntroductionFollowedByTheOriginal() throws IOException {
        Path intro = root.resolve("intro.snd");
        Path original = root.resolve("original.snd");
        Files.write(intro, new byte[] {1, 2});
        Files.write(original, new byte[] {3, 4, 5});
        VoiceMessage delivered = new Mailboxes(root).of("carol").deliver(alice, 1, intro, original);
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, Files.readAllBytes(delivered.audio()));
        assertTrue(delivered.isNew());
    }

    @Test
    void messagesAreListedOldestFirst() throws IOException {
        Mailbox box = new Mailboxes(root).of("bob");
        for (String at : List.of("2026-11-23T10:00:00Z", "2026-11-22T10:00:00Z")) {
            Draft d = box.begin(new Envelope("1", null, null, Instant.parse(at)));
            Files.write(d.audio(), new byte[8000]);
            d.keep(1000);
        }
        List<VoiceMessage> all = box.messages(true);
        assertTrue(all.get(0).envelope().received().isBefore(all.get(1).envelope().received()));
    }

    @Test
    void announceOnlyIsRememberedPerGreeting() throws IOException {
        Greetings greetings = new Mailboxes(root).of("bob").greetings();
        Path take = greetings.take("greeting-3");
        Files.createDirectories(take.getParent());
        Files.write(take, new byte[] {9});
        greetings.save(take, greetings.greeting(3));
        greetings.setAnnounceOnly(3, true);

        Greetings again = new Mailboxes(root).of("bob").greetings();
        assertTrue(again.has(3));
        assertTrue(again.announceOnly(3));
        assertFalse(again.announceOnly(0));
        again.setAnnounceOnly(3, false);
        assertFalse(new Mailboxes(root).of("bob").greetings().announceOnly(3));
    }
}
