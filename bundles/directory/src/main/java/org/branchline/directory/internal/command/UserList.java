package org.branchline.directory.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.api.directory.User;
import org.branchline.api.directory.UserService;
import org.branchline.api.security.Role;
import org.branchline.shell.PbxCommand;

@Command(scope = "pbx", name = "user-list", description = "Lists the users (Business > Users)")
@Service
public class UserList extends PbxCommand {
    @Reference
    UserService users;

    @Override
    protected Object data() {
        return users.list();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void printTable(Object data) {
        ShellTable table = table("Login", "Full name", "Presence", "Extensions", "Template", "Roles");
        for (User u : (List<User>) data) {
            table.addRow().addContent(u.loginName(), u.fullName(), u.presence().title(),
                    String.join(",", u.extensions()), u.template() + (u.templateOverridden() ? " !" : ""),
                    String.join(",", u.roles().stream().map(Role::key).toList()));
        }
        table.print(System.out);
    }
}
