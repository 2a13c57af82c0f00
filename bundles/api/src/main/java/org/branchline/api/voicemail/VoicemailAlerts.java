package org.branchline.api.voicemail;

import java.util.List;

/**
 * A user's voicemail notification and escalation (admin guide §20).
 *
 * @param mode DISABLED, NOTIFICATION (each new message alerts {@code recipients}) or ESCALATION ({@code levels})
 * @param recipients usernames, message aliases, email or SMS gateway addresses
 */
public record VoicemailAlerts(String mode, List<String> recipients, List<Level> levels) {
    /**
     * One escalation level: its recipients get {@code maximumRetries} + 1 alerts, {@code notificationPeriodMinutes}
     * apart, before the next level starts; with {@code continueNotifications} they keep getting them after.
     */
    public record Level(List<String> recipients, int notificationPeriod, int maximumRetries,
            boolean continueNotifications) {
    }
}
