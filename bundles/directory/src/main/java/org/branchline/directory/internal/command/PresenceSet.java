package org.branchline.directory.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.directory.User;
import org.branchline.api.directory.UserService;

@Command(scope = "pbx", name = "presence", description = "Shows or changes a user's presence (admin guide §18.5)")
@Service
public class PresenceSet implements Action {
    @Reference
    UserService users;

    @Argument(index = 0, name = "login", required = true, description = "Login name")
    @Completion(Completers.Users.class)
    String login;

    @Argument(index = 1, name = "presence", description = "New presence, e.g. at-home; omit to show")
    @Completion(Completers.Presences.class)
    String presence;

    @Override
    public Object execute() {
        User user = presence == null ? users.get(login) : users.setPresence(login, RequestFields.presence(presence));
        System.out.println(user.loginName() + ": " + user.presence().title());
        return null;
    }
}
