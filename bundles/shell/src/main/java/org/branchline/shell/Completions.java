package org.branchline.shell;

import java.util.List;
import java.util.function.Supplier;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Tab completion from names a service lists; none when the service refuses the caller or is not there. */
public final class Completions {
    private Completions() {
    }

    public static int complete(Session session, CommandLine line, List<String> candidates,
            Supplier<List<String>> names) {
        List<String> values;
        try {
            values = names.get();
        } catch (RuntimeException e) {
            values = List.of();
        }
        return new StringsCompleter(values).complete(session, line, candidates);
    }
}
