package org.branchline.update.internal.command;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.branchline.api.admin.RequestFields;
import org.branchline.update.SoftwareUpdateService;
import org.branchline.update.Update;

@Command(scope = "pbx", name = "patch-apply", description = "Applies a patch or upgrade (a KAR or a features "
        + "repository) in place, now or at a time within a week (Maintenance > Update)")
@Service
public class PatchApply implements Action {
    @Reference
    SoftwareUpdateService updates;

    @Argument(index = 0, name = "file", required = true, description = "The update archive (.kar) or features XML")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--at", description = "Activate later: local date and time, e.g. 2026-11-24T02:00 (or an"
            + " instant, 2026-11-24T07:00:00Z)")
    String at;

    @Override
    public Object execute() throws Exception {
        Path path = Path.of(file);
        Update u = updates.apply(path.getFileName().toString(), Files.readAllBytes(path),
                RequestFields.instantOrLocalTime("at", at));
        System.out.println(u.kind() + " " + u.version() + " (" + u.features() + "): " + u.outcome()
                + (u.activated() == null ? " for " + u.activateAt() : " at " + u.activated()));
        return null;
    }
}
