package org.branchline.voicemail.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.branchline.voicemail.MailboxService;
import org.branchline.voicemail.MailboxSummary;

/** Completes the login names of the mailboxes' owners; none when the caller may not list them. */
@Service
public class MailboxOwners implements Completer {
    @Reference
    MailboxService mailboxes;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        List<String> owners;
        try {
            owners = mailboxes.list().stream().map(MailboxSummary::owner).toList();
        } catch (RuntimeException refused) {
            owners = List.of();
        }
        return new StringsCompleter(owners).complete(session, line, candidates);
    }
}
