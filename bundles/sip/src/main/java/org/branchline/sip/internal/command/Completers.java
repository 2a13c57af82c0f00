package org.branchline.sip.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.branchline.api.directory.User;
import org.branchline.api.directory.UserService;
import org.branchline.shell.Completions;
import org.branchline.sip.Handset;
import org.branchline.sip.HandsetService;

/** Tab completion for the names the pbx:* commands of this subsystem take. */
final class Completers {
    private Completers() {
    }

    @Service
    public static class Handsets implements Completer {
        @Reference
        HandsetService handsets;

        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completions.complete(session, line, candidates,
                    () -> handsets.list().stream().map(Handset::loginId).toList());
        }
    }

    @Service
    public static class Users implements Completer {
        @Reference
        UserService users;

        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completions.complete(session, line, candidates,
                    () -> users.list().stream().map(User::loginName).toList());
        }
    }
}
