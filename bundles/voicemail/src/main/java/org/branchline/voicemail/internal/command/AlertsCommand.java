package org.branchline.voicemail.internal.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.shell.PbxCommand;
import org.branchline.voicemail.MailboxService;
import org.branchline.voicemail.VoicemailAlerts;

/** The pbx:voicemail-alerts* commands: they work on one user and print the user's alerts (admin guide §20). */
public abstract class AlertsCommand extends PbxCommand {
    @Reference
    MailboxService mailboxes;

    @Argument(index = 0, name = "user", required = true, description = "Login name of the mailbox's owner")
    @Completion(MailboxOwners.class)
    String user;

    @Override
    protected void printTable(Object data) {
        VoicemailAlerts alerts = (VoicemailAlerts) data;
        System.out.println(user + ": " + alerts.mode());
        System.out.println("Notification recipients: "
                + (alerts.recipients().isEmpty() ? "none" : String.join(", ", alerts.recipients())));
        ShellTable table = table("Level", "Period (minutes)", "Retries", "Continue", "Recipients");
        for (int i = 0; i < alerts.levels().size(); i++) {
            VoicemailAlerts.Level l = alerts.levels().get(i);
            table.addRow().addContent(i + 1, l.notificationPeriod(), l.maximumRetries(),
                    l.continueNotifications() ? "yes" : "no", String.join(", ", l.recipients()));
        }
        table.print(System.out);
    }
}
