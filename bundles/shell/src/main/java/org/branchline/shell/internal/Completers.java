package org.branchline.shell.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.directory.ExtensionService;
import org.branchline.api.directory.Presence;
import org.branchline.api.directory.User;
import org.branchline.api.directory.UserService;
import org.branchline.api.directory.UserTemplate;
import org.branchline.api.directory.UserTemplateService;
import org.branchline.api.licensing.FeatureKey;
import org.branchline.api.licensing.FeatureKeyService;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.api.routing.SpeedDial;
import org.branchline.api.routing.SpeedDialService;
import org.branchline.api.security.Role;
import org.branchline.api.sip.Handset;
import org.branchline.api.sip.HandsetService;

/** Tab completion for the names the pbx:* commands take. */
final class Completers {
    private Completers() {
    }

    static int complete(Session session, CommandLine line, List<String> candidates, Supplier<List<String>> names) {
        List<String> values;
        try {
            values = names.get();
        } catch (RuntimeException e) {
            values = List.of();
        }
        return new StringsCompleter(values).complete(session, line, candidates);
    }

    @Service
    public static class Users implements Completer {
        @Reference
        UserService users;

        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completers.complete(session, line, candidates,
                    () -> users.list().stream().map(User::loginName).toList());
        }
    }

    @Service
    public static class Templates implements Completer {
        @Reference
        UserTemplateService templates;

        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completers.complete(session, line, candidates,
                    () -> templates.list().stream().map(UserTemplate::name).toList());
        }
    }

    @Service
    public static class Extensions implements Completer {
        @Reference
        ExtensionService extensions;

        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completers.complete(session, line, candidates,
                    () -> extensions.list().stream().map(e -> e.number()).toList());
        }
    }

    @Service
    public static class Roles implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completers.complete(session, line, candidates,
                    () -> Arrays.stream(Role.values()).map(Role::key).toList());
        }
    }

    @Service
    public static class Presences implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completers.complete(session, line, candidates,
                    () -> Arrays.stream(Presence.values()).map(p -> p.name().toLowerCase().replace('_', '-')).toList());
        }
    }

    @Service
    public static class DialPlanDigits implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completers.complete(session, line, candidates,
                    () -> Arrays.stream(DialPlanFunction.values()).map(f -> f.field() + "=").toList());
        }
    }

    @Service
    public static class Handsets implements Completer {
        @Reference(optional = true)
        HandsetService handsets;

        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completers.complete(session, line, candidates,
                    () -> Installed.sipCore(handsets).list().stream().map(Handset::loginId).toList());
        }
    }

    @Service
    public static class SpeedDials implements Completer {
        @Reference(optional = true)
        SpeedDialService speedDials;

        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completers.complete(session, line, candidates,
                    () -> Installed.routing(speedDials).list().stream().map(SpeedDial::number).toList());
        }
    }

    @Service
    public static class FeatureKeys implements Completer {
        @Reference
        FeatureKeyService keys;

        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completers.complete(session, line, candidates,
                    () -> keys.keys().stream().map(FeatureKey::id).toList());
        }
    }

    @Service
    public static class LicensedFeatures implements Completer {
        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completers.complete(session, line, candidates,
                    () -> Arrays.stream(LicensedFeature.values()).map(Enum::name).toList());
        }
    }
}
