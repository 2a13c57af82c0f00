package org.branchline.voicemail.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.voicemail.internal.notify.NotificationSettings.Mode;
import org.junit.jupiter.api.Test;

class NotificationSettingsTest {
    private static final EscalationLevel OK = new EscalationLevel(List.of("drsmith"), Duration.ofMinutes(5), 2,
            true);

    private static String refusedField(Mode mode, List<String> recipients, List<EscalationLevel> levels) {
        return assertThrows(InvalidFieldException.class,
                () -> new NotificationSettings(mode, recipients, levels)).field();
    }

    private static EscalationLevel level(List<String> recipients, Duration period, int retries) {
        return new EscalationLevel(recipients, period, retries, false);
    }

    @Test
    void escalationLevelFieldsAreNamedWithTheirIndex() {
        assertEquals("escalation.levels[1].notification-period", refusedField(Mode.ESCALATION, List.of(),
                List.of(OK, level(List.of("a@b.c"), Duration.ofSeconds(59), 0))));
        assertEquals("escalation.levels[0].maximum-retries", refusedField(Mode.ESCALATION, List.of(),
                List.of(level(List.of("a@b.c"), Duration.ofMinutes(1), 100))));
        assertEquals("escalation.levels[2].recipients[1]", refusedField(Mode.ESCALATION, List.of(),
                List.of(OK, OK, level(List.of("a@b.c", "two words"), Duration.ofMinutes(1), 0))));
    }

    @Test
    void theModeInUseNeedsSomeoneToAlert() {
        assertEquals("notification.recipients", refusedField(Mode.NOTIFICATION, List.of(), List.of(OK)));
        assertEquals("escalation.levels", refusedField(Mode.ESCALATION, List.of("a@b.c"),
                List.of(level(List.of(), Duration.ofMinutes(1), 0))));
        assertEquals("notification.recipients[0]", refusedField(Mode.DISABLED, List.of(""), List.of()));
        assertEquals("mode", refusedField(null, List.of(), List.of()));
    }

    @Test
    void theMessageReadsFieldThenRule() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> new NotificationSettings(
                Mode.ESCALATION, List.of(), List.of(level(List.of("x"), Duration.ofMinutes(1), -1))));
        assertEquals("escalation.levels[0].maximum-retries: from 0 to 99", e.getMessage());
    }

    @Test
    void theListOfTheOtherModeIsKept() {
        NotificationSettings s = new NotificationSettings(Mode.NOTIFICATION, List.of("jsmith"), List.of(OK));
        assertEquals(List.of(OK), s.levels());
    }
}
