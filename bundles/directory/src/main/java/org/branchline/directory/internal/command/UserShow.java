package org.branchline.directory.internal.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.api.directory.User;
import org.branchline.api.directory.UserService;
import org.branchline.api.security.Role;
import org.branchline.shell.PbxCommand;

@Command(scope = "pbx", name = "user-show", description = "Shows one user with the template settings")
@Service
public class UserShow extends PbxCommand {
    @Reference
    UserService users;

    @Argument(index = 0, name = "login", required = true, description = "Login name")
    @Completion(Completers.Users.class)
    String login;

    @Override
    protected Object data() {
        return users.get(login);
    }

    @Override
    protected void printTable(Object data) {
        User u = (User) data;
        ShellTable table = table("Field", "Value");
        table.addRow().addContent("login name", u.loginName());
        table.addRow().addContent("full name", u.fullName());
        table.addRow().addContent("presence", u.presence().title());
        table.addRow().addContent("require password change", u.requirePasswordChange());
        table.addRow().addContent("require PIN change", u.requirePinChange());
        table.addRow().addContent("roles", String.join(", ", u.roles().stream().map(Role::title).toList()));
        table.addRow().addContent("extensions", String.join(", ", u.extensions()));
        table.addRow().addContent("template", u.template() + (u.templateOverridden() ? " !" : ""));
        u.settings().forEach((k, v) -> table.addRow().addContent(k + (u.overrides().contains(k) ? " !" : ""), v));
        table.print(System.out);
    }
}
