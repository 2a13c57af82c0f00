package org.branchline.directory.internal.command;

import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.api.directory.UserService;
import org.branchline.api.security.Role;
import org.branchline.shell.PbxCommand;

@Command(scope = "pbx", name = "role-list", description = "Lists the roles and their users (Business > Roles)")
@Service
public class RoleList extends PbxCommand {
    @Reference
    UserService users;

    @Override
    protected Object data() {
        return users.roles();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void printTable(Object data) {
        ShellTable table = table("Role", "Key", "Users");
        ((Map<Role, List<String>>) data).forEach((role, logins) ->
                table.addRow().addContent(role.title(), role.key(), String.join(", ", logins)));
        table.print(System.out);
    }
}
