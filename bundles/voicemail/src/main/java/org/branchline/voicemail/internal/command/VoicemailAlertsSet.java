package org.branchline.voicemail.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.branchline.voicemail.VoicemailAlerts;

@Command(scope = "pbx", name = "voicemail-alerts-set", description = "Sets a user's voicemail alerts (admin guide "
        + "§20), e.g. voicemail-alerts-set --mode escalation --level \"10,2,stop,bob\" --level \"15,0,continue,"
        + "carol,5551234@sms.example.com\" alice. Recipients and levels not given stay as they are; none clears them")
@Service
public class VoicemailAlertsSet extends AlertsCommand {
    private static final String NONE = "none";

    @Option(name = "--mode", required = true,
            description = "DISABLED, NOTIFICATION (each new message alerts the recipients) or ESCALATION (the levels)")
    @Completion(value = StringsCompleter.class, values = {"DISABLED", "NOTIFICATION", "ESCALATION"},
            caseSensitive = false)
    String mode;

    @Option(name = "--recipient", multiValued = true, description = "Notification recipient, repeated: a username, "
            + "message alias, email or SMS gateway address; none: no recipients")
    List<String> recipients;

    @Option(name = "--level", multiValued = true, description = "Escalation level, repeated in order: "
            + "\"period-minutes,retries,continue|stop,recipient[,recipient...]\"; none: no levels")
    List<String> levels;

    @Override
    protected Object data() {
        VoicemailAlerts current = mailboxes.alerts(user);
        return mailboxes.updateAlerts(user, new VoicemailAlerts(mode,
                recipients == null ? current.recipients() : orNone(recipients),
                levels == null ? current.levels() : AlertLevelText.parse("level", orNone(levels))));
    }

    private static List<String> orNone(List<String> values) {
        return values.size() == 1 && NONE.equalsIgnoreCase(values.get(0)) ? List.of() : values;
    }
}
