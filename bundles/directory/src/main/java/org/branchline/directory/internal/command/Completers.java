package org.branchline.directory.internal.command;

import java.util.Arrays;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.directory.ExtensionService;
import org.branchline.api.directory.Presence;
import org.branchline.api.directory.User;
import org.branchline.api.directory.UserService;
import org.branchline.api.directory.UserTemplate;
import org.branchline.api.directory.UserTemplateService;
import org.branchline.api.security.Role;
import org.branchline.shell.Completions;

/** Tab completion for the names the pbx:* commands of this subsystem take. */
final class Completers {
    private Completers() {
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

    @Service
    public static class Templates implements Completer {
        @Reference
        UserTemplateService templates;

        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completions.complete(session, line, candidates,
                    () -> templates.list().stream().map(UserTemplate::name).toList());
        }
    }

    @Service
    public static class Extensions implements Completer {
        @Reference
        ExtensionService extensions;

        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completions.complete(session, line, candidates,
                    () -> extensions.list().stream().map(e -> e.number()).toList());
        }
    }

    @Service
    public static class Roles implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completions.complete(session, line, candidates,
                    () -> Arrays.stream(Role.values()).map(Role::key).toList());
        }
    }

    @Service
    public static class Presences implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completions.complete(session, line, candidates,
                    () -> Arrays.stream(Presence.values()).map(p -> p.name().toLowerCase().replace('_', '-')).toList());
        }
    }

    @Service
    public static class DialPlanDigits implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completions.complete(session, line, candidates,
                    () -> Arrays.stream(DialPlanFunction.values()).map(f -> f.field() + "=").toList());
        }
    }
}
