package org.branchline.voicemail.internal.soap;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.voicemail.VoicemailAlerts;
import org.branchline.voicemail.internal.AlertFields;

/**
 * Voicemail Notification and Escalation (admin guide §20): mode DISABLED, NOTIFICATION (each new message alerts
 * the recipients) or ESCALATION (the levels in order). Recipients are usernames, message aliases, email or SMS
 * gateway addresses.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "voicemailAlerts")
public class SoapVoicemailAlerts {
    public String mode;
    public List<String> recipients = new ArrayList<>();
    public List<SoapLevel> levels = new ArrayList<>();

    /** notificationPeriod in minutes (at least 1); maximumRetries 0-99, default 0; continueNotifications false. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "escalationLevel")
    public static class SoapLevel {
        public List<String> recipients = new ArrayList<>();
        public Integer notificationPeriod;
        public Integer maximumRetries;
        public Boolean continueNotifications;
    }

    static SoapVoicemailAlerts of(VoicemailAlerts a) {
        SoapVoicemailAlerts s = new SoapVoicemailAlerts();
        s.mode = a.mode();
        s.recipients.addAll(a.recipients());
        a.levels().forEach(l -> s.levels.add(level(l)));
        return s;
    }

    private static SoapLevel level(VoicemailAlerts.Level l) {
        SoapLevel s = new SoapLevel();
        s.recipients.addAll(l.recipients());
        s.notificationPeriod = l.notificationPeriod();
        s.maximumRetries = l.maximumRetries();
        s.continueNotifications = l.continueNotifications();
        return s;
    }

    /** No alerts at all: no mode, which the service refuses naming "mode". */
    static VoicemailAlerts toAlerts(SoapVoicemailAlerts alerts) {
        SoapVoicemailAlerts a = alerts == null ? new SoapVoicemailAlerts() : alerts;
        return new VoicemailAlerts(a.mode, a.recipients, a.levels.stream().map(l -> AlertFields.level(
                l.recipients, l.notificationPeriod, l.maximumRetries, l.continueNotifications)).toList());
    }
}
