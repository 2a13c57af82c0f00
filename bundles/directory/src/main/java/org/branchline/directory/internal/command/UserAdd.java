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
import org.branchline.api.directory.User;
import org.branchline.api.directory.UserChange;
import org.branchline.api.directory.UserService;

@Command(scope = "pbx", name = "user-add", description = "Adds a user (Business > Users > add new user)")
@Service
public class UserAdd implements Action {
    @Reference
    UserService users;

    @Argument(index = 0, name = "login", required = true, description = "Login name")
    String login;

    @Option(name = "--full-name", required = true, description = "Full name")
    String fullName;

    @Option(name = "--password", required = true, description = "Password (must meet the password requirements)")
    String password;

    @Option(name = "--pin", description = "Keypad PIN, digits (default 1234)")
    String pin;

    @Option(name = "--template", description = "User template (default: System User (Default))")
    @Completion(Completers.Templates.class)
    String template;

    @Option(name = "--presence", description = "Presence (default: In Office)")
    @Completion(Completers.Presences.class)
    String presence;

    @Option(name = "--no-password-change", description = "Do not require a password change at first login")
    boolean noPasswordChange;

    @Option(name = "--no-pin-change", description = "Do not require a PIN change at first login")
    boolean noPinChange;

    @Option(name = "--set", multiValued = true, description = "Template setting to override, key=value")
    List<String> settings;

    @Override
    public Object execute() {
        UserChange change = new UserChange(fullName, password, pin, noPasswordChange ? false : null,
                noPinChange ? false : null, presence == null ? null : RequestFields.presence(presence),
                RequestFields.keyValues("set", settings));
        User user = users.create(login, template, change);
        System.out.println("Added user " + user.loginName() + " (" + user.fullName() + ")");
        return null;
    }
}
