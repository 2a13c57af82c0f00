package org.branchline.voicemail.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "pbx", name = "voicemail-alerts",
        description = "Shows a user's voicemail notification and escalation alerts (admin guide §20)")
@Service
public class VoicemailAlertsShow extends AlertsCommand {
    @Override
    protected Object data() {
        return mailboxes.alerts(user);
    }
}
