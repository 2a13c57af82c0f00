package org.branchline.directory.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.directory.UserChange;
import org.branchline.api.directory.UserService;

@Command(scope = "pbx", name = "user-modify", description = "Changes a user; options not given stay as they are")
@Service
public class UserModify implements Action {
    @Reference
    UserService users;

    @Argument(index = 0, name = "login", required = true, description = "Login name")
    @Completion(Completers.Users.class)
    String login;

    @Option(name = "--full-name", description = "Full name")
    String fullName;

    @Option(name = "--password", description = "New password")
    String password;

    @Option(name = "--pin", description = "New keypad PIN")
    String pin;

    @Option(name = "--require-password-change", description = "true or false")
    Boolean requirePasswordChange;

    @Option(name = "--require-pin-change", description = "true or false")
    Boolean requirePinChange;

    @Option(name = "--set", multiValued = true, description = "Template setting to override, key=value")
    List<String> settings;

    @Override
    public Object execute() {
        users.update(login, new UserChange(fullName, password, pin, requirePasswordChange, requirePinChange, null,
                RequestFields.keyValues("set", settings)));
        System.out.println("Modified user " + login);
        return null;
    }
}
