package org.branchline.voicemail.internal.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.branchline.voicemail.VoicemailAlerts;
import org.branchline.voicemail.internal.AlertFields;

/** A user's voicemail alerts as PUT to v1/mailboxes/{owner}/alerts. */
@Schema(name = "VoicemailAlertsRequest", description = "New voicemail alerts; replaces the old ones.",
        requiredProperties = {"mode"}, additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
public record AlertsBody(
        @Schema(description = "DISABLED, NOTIFICATION or ESCALATION, in any case.", example = "NOTIFICATION")
        String mode,
        @Schema(description = "Notification mode: alerted of each new message; left out: none. A username, a message "
                + "alias, an email address or an SMS gateway address (one entry, no spaces, at most 254 characters).",
                example = "[\"jsmith\", \"5551234@sms.example.com\"]")
        List<String> recipients,
        @Schema(description = "Escalation mode: the levels in order; left out: none.") List<LevelBody> levels) {
    VoicemailAlerts alerts() {
        return new VoicemailAlerts(mode, recipients,
                levels == null ? List.of() : levels.stream().map(LevelBody::level).toList());
    }

    /** One escalation level. */
    @Schema(name = "VoicemailAlertsLevelRequest", description = "One escalation level.",
            requiredProperties = {"notification-period"},
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record LevelBody(
            @Schema(description = "Who this level alerts. A username, a message alias, an email address or an SMS "
                    + "gateway address (one entry, no spaces, at most 254 characters).",
                    example = "[\"jsmith\", \"5551234@sms.example.com\"]")
            List<String> recipients,
            @Schema(description = "Minutes between alerts to this level; left out: 0, refused.", example = "10",
                    minimum = "1")
            Integer notificationPeriod,
            @Schema(description = "Alerts after the first before the next level starts (the level gets one more "
                    + "alert than this); left out: 0.", example = "2", minimum = "0", maximum = "99")
            Integer maximumRetries,
            @Schema(description = "Keep alerting this level while the next levels are alerted; left out: false.",
                    example = "false")
            Boolean continueNotifications) {
        VoicemailAlerts.Level level() {
            return AlertFields.level(recipients, notificationPeriod, maximumRetries, continueNotifications);
        }
    }
}
