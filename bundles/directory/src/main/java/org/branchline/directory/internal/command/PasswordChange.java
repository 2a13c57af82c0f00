package org.branchline.directory.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.directory.UserService;

@Command(scope = "pbx", name = "password", description = "Changes the logged-in user's own password")
@Service
public class PasswordChange implements Action {
    @Reference
    UserService users;

    @Option(name = "--current", required = true, description = "Current password")
    String current;

    @Option(name = "--new", required = true, description = "New password")
    String replacement;

    @Override
    public Object execute() {
        users.changeOwnPassword(current, replacement);
        System.out.println("Password changed");
        return null;
    }
}
