package org.branchline.voicemail.internal.notify;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.branchline.api.admin.InvalidFieldException;

/**
 * A user's "Voicemail Notification and Escalation" section. Both lists are kept whatever the mode, as the admin
 * page keeps them while another mode is chosen; the mode says which one is in use.
 *
 * @param recipients the entries alerted in {@link Mode#NOTIFICATION}
 * @param levels the escalation table of {@link Mode#ESCALATION}
 * @throws InvalidFieldException naming the field, e.g. "escalation.levels[1].notification-period"
 */
public record NotificationSettings(Mode mode, List<String> recipients, List<EscalationLevel> levels) {
    public static final int MAX_RETRIES = 99;
    public static final Duration MIN_PERIOD = Duration.ofMinutes(1);
    private static final int MAX_ENTRY = 254;

    public enum Mode { DISABLED, NOTIFICATION, ESCALATION }

    public NotificationSettings {
        if (mode == null) {
            throw new InvalidFieldException("mode", "must be one of DISABLED, NOTIFICATION, ESCALATION");
        }
        recipients = List.copyOf(Objects.requireNonNullElse(recipients, List.of()));
        levels = List.copyOf(Objects.requireNonNullElse(levels, List.of()));
        checkEntries("notification.recipients", recipients);
        for (int i = 0; i < levels.size(); i++) {
            check("escalation.levels[" + i + "]", levels.get(i));
        }
        if (mode == Mode.NOTIFICATION && recipients.isEmpty()) {
            throw new InvalidFieldException("notification.recipients", "at least one recipient");
        }
        if (mode == Mode.ESCALATION && levels.stream().noneMatch(EscalationLevel::populated)) {
            throw new InvalidFieldException("escalation.levels", "at least one level with a recipient");
        }
    }

    public static NotificationSettings disabled() {
        return new NotificationSettings(Mode.DISABLED, List.of(), List.of());
    }

    private static void check(String field, EscalationLevel level) {
        checkEntries(field + ".recipients", level.recipients());
        Duration period = level.notificationPeriod();
        if (period == null || period.compareTo(MIN_PERIOD) < 0) {
            throw new InvalidFieldException(field + ".notification-period", "at least 1 minute");
        }
        if (level.maximumRetries() < 0 || level.maximumRetries() > MAX_RETRIES) {
            throw new InvalidFieldException(field + ".maximum-retries", "from 0 to " + MAX_RETRIES);
        }
    }

    /** One entry per field: an address, a username or a message alias, so never blank and never two words. */
    private static void checkEntries(String field, List<String> entries) {
        for (int i = 0; i < entries.size(); i++) {
            String e = entries.get(i);
            if (e == null || e.isEmpty() || e.length() > MAX_ENTRY || !e.chars().allMatch(c -> c > ' ' && c != 127)) {
                throw new InvalidFieldException(field + "[" + i + "]",
                        "one address, username or message alias, without spaces, at most " + MAX_ENTRY
                                + " characters");
            }
        }
    }
}
