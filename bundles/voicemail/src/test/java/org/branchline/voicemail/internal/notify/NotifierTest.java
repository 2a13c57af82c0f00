package org.branchline.voicemail.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.branchline.voicemail.internal.notify.NotificationSettings.Mode;
import org.junit.jupiter.api.Test;

/** The alerts of §20 on a fake clock: one per message, or escalation by levels until a message is heard. */
class NotifierTest {
    private static final long MINUTE = 60_000;
    private static final List<String> DRSMITH = List.of("drsmith@pbx.example");
    private static final List<String> DRJONES = List.of("drjones@example.com", "7165552000@txt.att.net");

    private final FakeScheduler scheduler = new FakeScheduler();
    private final RecordingMailer mailer = new RecordingMailer(scheduler);
    private final InMemoryNotificationStore store = new InMemoryNotificationStore();
    private final Notifier notifier = new Notifier(store,
            new DirectoryRecipients(Set.of("jsmith", "drsmith")::contains, "pbx.example"), mailer, scheduler);

    private static MessageInfo message(int newMessages) {
        return new MessageInfo("101", "Alice", "201", Duration.ofSeconds(42),
                ZonedDateTime.of(2026, 11, 23, 19, 40, 0, 0, ZoneId.of("UTC")), newMessages);
    }

    private static EscalationLevel level(List<String> recipients, int minutes, int retries, boolean carryOn) {
        return new EscalationLevel(recipients, Duration.ofMinutes(minutes), retries, carryOn);
    }

    private void escalation(EscalationLevel... levels) {
        store.put("jsmith", new NotificationSettings(Mode.ESCALATION, List.of(), List.of(levels)));
    }

    private void advanceMinutes(int minutes) {
        scheduler.advance(Duration.ofMinutes(minutes));
    }

    private List<Long> sentMinutes() {
        return mailer.sent.stream().map(s -> s.at() / MINUTE).toList();
    }

    @Test
    void notificationSendsOneAlertPerMessageWithoutHoldingTheCaller() {
        store.put("jsmith", new NotificationSettings(Mode.NOTIFICATION, List.of("jsmith", "alice@example.com",
                "unknown-alias"), List.of()));
        notifier.messageLeft("jsmith", message(3));
        assertEquals(List.of(), mailer.sent);
        scheduler.advance(Duration.ZERO);
        assertEquals(List.of("jsmith@pbx.example", "alice@example.com"), mailer.sent.get(0).to());
        assertTrue(mailer.sent.get(0).mail().contains("\r\n\r\nNew voicemail for jsmith from Alice <201>, 0:42, "
                + "Mon 23 Nov 2026 19:40. 3 new messages.\r\n"), mailer.sent.get(0).mail());
        advanceMinutes(60 * 24);
        assertEquals(1, mailer.sent.size());
    }

    @Test
    void disabledSendsNothing() {
        notifier.messageLeft("jsmith", message(1));
        advanceMinutes(60);
        assertEquals(List.of(), mailer.attempts);
    }

    @Test
    void eachLevelAlertsItsRetriesPlusOneTimesThenTheNextPopulatedLevelTakesOver() {
        escalation(level(List.of("drsmith"), 5, 2, true), level(List.of(), 30, 5, true),
                level(List.of("drjones@example.com", "7165552000@txt.att.net"), 10, 1, false),
                level(List.of("office@example.com"), 1, 0, false));
        notifier.messageLeft("jsmith", message(1));
        advanceMinutes(60 * 24);
        assertEquals(List.of(0L, 5L, 10L, 15L, 25L, 35L), sentMinutes());
        List<String> both = List.of("drsmith@pbx.example", "drjones@example.com", "7165552000@txt.att.net");
        assertEquals(List.of(DRSMITH, DRSMITH, DRSMITH, both, both,
                List.of("drsmith@pbx.example", "office@example.com")),
                mailer.sent.stream().map(RecordingMailer.Sent::to).toList());
    }

    @Test
    void retrievingAnyMessageStopsTheEscalation() {
        escalation(level(List.of("drsmith"), 5, 3, false), level(DRJONES, 5, 3, false));
        notifier.messageLeft("jsmith", message(1));
        advanceMinutes(7);
        notifier.messagesRetrieved("jsmith");
        advanceMinutes(60);
        assertEquals(List.of(0L, 5L), sentMinutes());
        notifier.messageLeft("jsmith", message(1));
        advanceMinutes(1);
        assertEquals(List.of(0L, 5L, 67L), sentMinutes());
    }

    @Test
    void aNewMessageDuringAnEscalationKeepsItsPaceAndIsToldInTheNextAlert() {
        escalation(level(List.of("drsmith"), 5, 2, false));
        notifier.messageLeft("jsmith", message(1));
        advanceMinutes(1);
        notifier.messageLeft("jsmith", message(2));
        advanceMinutes(60);
        assertEquals(List.of(0L, 5L, 10L), sentMinutes());
        assertTrue(mailer.sent.get(1).mail().contains("2 new messages."));
    }

    @Test
    void aFailedAlertIsTriedAgainLaterThenGivenUp() {
        store.put("jsmith", new NotificationSettings(Mode.NOTIFICATION, List.of("jsmith"), List.of()));
        mailer.failures.addAll(List.of(new IOException("connection refused"), new IOException("timed out")));
        notifier.messageLeft("jsmith", message(1));
        advanceMinutes(60);
        assertEquals(List.of(0L, 30_000L, 150_000L), mailer.attempts);
        assertEquals(1, mailer.sent.size());

        for (int i = 0; i < 5; i++) {
            mailer.failures.add(new IOException("connection refused"));
        }
        notifier.messageLeft("jsmith", message(1));
        advanceMinutes(60);
        assertEquals(3 + Notifier.RETRY_DELAYS.size() + 1, mailer.attempts.size());
        assertEquals(1, mailer.sent.size());
    }

    @Test
    void aRefusalThatWillNotChangeIsNotTriedAgain() {
        store.put("jsmith", new NotificationSettings(Mode.NOTIFICATION, List.of("jsmith"), List.of()));
        mailer.failures.add(new SmtpException("AUTH PLAIN", 535, "5.7.8 bad credentials"));
        notifier.messageLeft("jsmith", message(1));
        advanceMinutes(60);
        assertEquals(1, mailer.attempts.size());
    }

    @Test
    void aBrokenStoreIsLoggedNotThrown() {
        Notifier broken = new Notifier(new NotificationStore() {
            @Override
            public NotificationSettings get(String owner) {
                throw new IllegalStateException("database down");
            }

            @Override
            public void put(String owner, NotificationSettings settings) {
            }
        }, entry -> List.of(entry), mailer, scheduler);
        broken.messageLeft("jsmith", message(1));
        advanceMinutes(1);
        assertEquals(List.of(), mailer.attempts);
    }

    @Test
    void closingCancelsEscalationsAndPendingRetries() {
        escalation(level(List.of("drsmith"), 5, 3, false));
        store.put("alice", new NotificationSettings(Mode.NOTIFICATION, List.of("alice@example.com"), List.of()));
        mailer.failures.add(new IOException("connection refused"));
        notifier.messageLeft("alice", message(1));
        notifier.messageLeft("jsmith", message(1));
        advanceMinutes(0);
        notifier.close();
        advanceMinutes(60);
        notifier.messageLeft("jsmith", message(1));
        advanceMinutes(60);
        assertEquals(List.of(0L, 0L), mailer.attempts);
    }
}
