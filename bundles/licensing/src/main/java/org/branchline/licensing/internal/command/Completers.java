package org.branchline.licensing.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.branchline.api.licensing.FeatureKey;
import org.branchline.api.licensing.FeatureKeyService;
import org.branchline.shell.Completions;

/** Tab completion for the names the pbx:* commands of this subsystem take. */
final class Completers {
    private Completers() {
    }

    @Service
    public static class FeatureKeys implements Completer {
        @Reference
        FeatureKeyService keys;

        @Override
        public int complete(Session session, CommandLine line, List<String> candidates) {
            return Completions.complete(session, line, candidates,
                    () -> keys.keys().stream().map(FeatureKey::id).toList());
        }
    }
}
