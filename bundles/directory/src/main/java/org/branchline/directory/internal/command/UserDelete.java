package org.branchline.directory.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.directory.UserService;

@Command(scope = "pbx", name = "user-delete", description = "Deletes a user and the user's extensions")
@Service
public class UserDelete implements Action {
    @Reference
    UserService users;

    @Argument(index = 0, name = "login", required = true, description = "Login name")
    @Completion(Completers.Users.class)
    String login;

    @Override
    public Object execute() {
        users.delete(login);
        System.out.println("Deleted user " + login);
        return null;
    }
}
