package org.branchline.directory.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.directory.UserService;
import org.branchline.directory.internal.DirectoryFields;

@Command(scope = "pbx", name = "role", description = "Assigns a role to a user, or removes it with --remove")
@Service
public class RoleAssign implements Action {
    @Reference
    UserService users;

    @Argument(index = 0, name = "login", required = true, description = "Login name")
    @Completion(Completers.Users.class)
    String login;

    @Argument(index = 1, name = "role", required = true, description = "Role key, e.g. phone-administrator")
    @Completion(Completers.Roles.class)
    String role;

    @Option(name = "--remove", description = "Remove the role instead of assigning it")
    boolean remove;

    @Override
    public Object execute() {
        var r = DirectoryFields.role(role);
        if (remove) {
            users.removeRole(login, r);
            System.out.println("Removed " + r.title() + " from " + login);
        } else {
            users.assignRole(login, r);
            System.out.println("Assigned " + r.title() + " to " + login);
        }
        return null;
    }
}
