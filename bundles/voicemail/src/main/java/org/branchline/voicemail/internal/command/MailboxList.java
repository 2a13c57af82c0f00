package org.branchline.voicemail.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.shell.PbxCommand;
import org.branchline.voicemail.MailboxService;
import org.branchline.voicemail.MailboxSummary;

@Command(scope = "pbx", name = "mailbox-list",
        description = "Lists the voice mailboxes with their new and saved messages (Reports > Users)")
@Service
public class MailboxList extends PbxCommand {
    @Reference
    MailboxService mailboxes;

    @Override
    protected Object data() {
        return mailboxes.list();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void printTable(Object data) {
        ShellTable table = table("Owner", "Extension", "New", "Saved");
        for (MailboxSummary m : (List<MailboxSummary>) data) {
            table.addRow().addContent(m.owner(), m.extension() == null ? "" : m.extension(), m.newMessages(),
                    m.savedMessages());
        }
        table.print(System.out);
    }
}
