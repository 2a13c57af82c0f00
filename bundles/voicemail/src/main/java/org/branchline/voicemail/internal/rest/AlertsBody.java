package org.branchline.voicemail.internal.rest;

import java.util.List;
import org.branchline.api.voicemail.VoicemailAlerts;
import org.branchline.voicemail.internal.AlertFields;

/** A user's voicemail alerts as PUT to v1/mailboxes/{owner}/alerts. */
public record AlertsBody(String mode, List<String> recipients, List<LevelBody> levels) {
    VoicemailAlerts alerts() {
        return new VoicemailAlerts(mode, recipients,
                levels == null ? List.of() : levels.stream().map(LevelBody::level).toList());
    }

    /** One escalation level. */
    public record LevelBody(List<String> recipients, Integer notificationPeriod, Integer maximumRetries,
            Boolean continueNotifications) {
        VoicemailAlerts.Level level() {
            return AlertFields.level(recipients, notificationPeriod, maximumRetries, continueNotifications);
        }
    }
}
