package org.branchline.voicemail.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.branchline.voicemail.VoicemailAlerts;
import org.junit.jupiter.api.Test;

/** Voicemail alerts as the SOAP door reads and writes them. */
class SoapVoicemailAlertsTest {
    @Test
    void alertsAreReadBackAsWrittenAndLevelsDefault() {
        VoicemailAlerts alerts = new VoicemailAlerts("ESCALATION", List.of("bob"),
                List.of(new VoicemailAlerts.Level(List.of("carol", "5551234@sms.example.com"), 10, 2, true)));
        assertEquals(alerts, SoapVoicemailAlerts.toAlerts(SoapVoicemailAlerts.of(alerts)));
        SoapVoicemailAlerts.SoapLevel level = new SoapVoicemailAlerts.SoapLevel();
        level.notificationPeriod = 5;
        SoapVoicemailAlerts soap = new SoapVoicemailAlerts();
        soap.levels.add(level);
        assertEquals(new VoicemailAlerts(null, List.of(), List.of(new VoicemailAlerts.Level(List.of(), 5, 0, false))),
                SoapVoicemailAlerts.toAlerts(soap));
        assertEquals(new VoicemailAlerts(null, List.of(), List.of()), SoapVoicemailAlerts.toAlerts(null));
    }}
