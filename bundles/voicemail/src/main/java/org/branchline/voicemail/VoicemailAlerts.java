package org.branchline.voicemail;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A user's voicemail notification and escalation (admin guide §20).
 *
 * @param mode DISABLED, NOTIFICATION (each new message alerts {@code recipients}) or ESCALATION ({@code levels})
 * @param recipients usernames, message aliases, email or SMS gateway addresses
 */
@Schema(name = "VoicemailAlerts", description = "A user's Voicemail Notification and Escalation (admin guide §20).",
        requiredProperties = {"mode", "recipients", "levels"})
public record VoicemailAlerts(
        @Schema(description = "Which alerts are sent: none, each new message to the recipients, or the escalation "
                + "levels.", example = "ESCALATION", allowableValues = {"DISABLED", "NOTIFICATION", "ESCALATION"})
        String mode,
        @Schema(description = "Notification mode: alerted of each new message. A username, a message alias, an email "
                + "address or an SMS gateway address (one entry, no spaces, at most 254 characters).",
                example = "[\"jsmith\", \"5551234@sms.example.com\"]")
        List<String> recipients,
        @Schema(description = "Escalation mode: the levels in order.") List<Level> levels) {
    /**
     * One escalation level: its recipients get {@code maximumRetries} + 1 alerts, {@code notificationPeriodMinutes}
     * apart, before the next level starts; with {@code continueNotifications} they keep getting them after.
     */
    @Schema(name = "VoicemailAlertsLevel", description = "One escalation level (admin guide §20.2).",
            requiredProperties = {"recipients", "notification-period", "maximum-retries", "continue-notifications"})
    public record Level(
            @Schema(description = "Who this level alerts. A username, a message alias, an email address or an SMS "
                    + "gateway address (one entry, no spaces, at most 254 characters).",
                    example = "[\"jsmith\", \"5551234@sms.example.com\"]")
            List<String> recipients,
            @Schema(description = "Minutes between alerts to this level.", example = "10", minimum = "1")
            int notificationPeriod,
            @Schema(description = "Alerts after the first before the next level starts (the level gets one more "
                    + "alert than this).", example = "2", minimum = "0", maximum = "99")
            int maximumRetries,
            @Schema(description = "Keep alerting this level while the next levels are alerted.", example = "false")
            boolean continueNotifications) {
    }
}
