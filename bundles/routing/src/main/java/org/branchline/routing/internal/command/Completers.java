package org.branchline.routing.internal.command;

import java.util.Arrays;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.branchline.api.directory.ExtensionService;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.SpeedDial;
import org.branchline.api.routing.SpeedDialService;
import org.branchline.shell.Completions;

/** Tab completion for the names the pbx:* commands of this subsystem take. */
final class Completers {
    private Completers() {
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
    public static class SpeedDials implements Completer {
        @Reference
        SpeedDialService speedDials;

        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completions.complete(session, line, candidates,
                    () -> speedDials.list().stream().map(SpeedDial::number).toList());
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
}
