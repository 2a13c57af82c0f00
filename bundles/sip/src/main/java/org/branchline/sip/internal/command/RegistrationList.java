package org.branchline.sip.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.shell.PbxCommand;
import org.branchline.sip.Registration;
import org.branchline.sip.RegistrationService;

@Command(scope = "pbx", name = "registration-list",
        description = "Lists the registered contacts of the call appearances")
@Service
public class RegistrationList extends PbxCommand {
    @Reference
    RegistrationService registrations;

    @Argument(index = 0, name = "loginId", description = "Only this handset's lines")
    @Completion(Completers.Handsets.class)
    String loginId;

    @Override
    protected Object data() {
        RegistrationService service = registrations;
        return loginId == null ? service.list() : service.ofHandset(loginId);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void printTable(Object data) {
        ShellTable table = table("Login ID", "User ID", "Contact", "Source", "Expires", "User agent");
        for (Registration r : (List<Registration>) data) {
            table.addRow().addContent(r.loginId(), r.userId(), r.contact(), r.source(), r.expires(),
                    r.userAgent() == null ? "" : r.userAgent());
        }
        table.print(System.out);
    }
}
