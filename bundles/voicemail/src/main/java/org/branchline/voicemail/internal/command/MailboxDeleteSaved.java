package org.branchline.voicemail.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.voicemail.MailboxService;

@Command(scope = "pbx", name = "mailbox-delete-saved",
        description = "Deletes every saved message of a user's mailbox; new messages stay (Reports > Users)")
@Service
public class MailboxDeleteSaved implements Action {
    @Reference
    MailboxService mailboxes;

    @Argument(index = 0, name = "user", required = true, description = "Login name of the mailbox's owner")
    @Completion(MailboxOwners.class)
    String user;

    @Override
    public Object execute() {
        int deleted = mailboxes.deleteSavedMessages(user);
        System.out.println("Deleted " + deleted + " saved messages of " + user);
        return null;
    }
}
