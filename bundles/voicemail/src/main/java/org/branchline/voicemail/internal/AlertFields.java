package org.branchline.voicemail.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.voicemail.VoicemailAlerts;
import org.branchline.voicemail.internal.notify.EscalationLevel;
import org.branchline.voicemail.internal.notify.NotificationSettings;
import org.branchline.voicemail.internal.notify.NotificationSettings.Mode;

/** Alerts as the admin doors write them, and as the notifier keeps them. */
public final class AlertFields {
    private AlertFields() {
    }

    /** An escalation level as a door reads it: what is not given is 0 (a period refused), 0 retries, no continuing. */
    public static VoicemailAlerts.Level level(List<String> recipients, Integer notificationPeriod,
            Integer maximumRetries, Boolean continueNotifications) {
        return new VoicemailAlerts.Level(recipients, notificationPeriod == null ? 0 : notificationPeriod,
                maximumRetries == null ? 0 : maximumRetries, Boolean.TRUE.equals(continueNotifications));
    }

    static VoicemailAlerts view(NotificationSettings s) {
        return new VoicemailAlerts(s.mode().name(), s.recipients(), s.levels().stream()
                .map(l -> new VoicemailAlerts.Level(l.recipients(), (int) l.notificationPeriod().toMinutes(),
                        l.maximumRetries(), l.continueNotifications()))
                .toList());
    }

    static NotificationSettings settings(VoicemailAlerts alerts) {
        if (alerts == null) {
            throw new InvalidFieldException("mode", "is required");
        }
        return new NotificationSettings(mode(alerts.mode()), alerts.recipients(),
                Objects.requireNonNullElse(alerts.levels(), List.<VoicemailAlerts.Level>of()).stream()
                        .map(l -> new EscalationLevel(Objects.requireNonNullElse(l.recipients(), List.of()),
                                Duration.ofMinutes(l.notificationPeriod()), l.maximumRetries(),
                                l.continueNotifications()))
                        .toList());
    }

    private static Mode mode(String mode) {
        try {
            return mode == null ? null : Mode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("mode", "must be one of DISABLED, NOTIFICATION, ESCALATION");
        }
    }
}
