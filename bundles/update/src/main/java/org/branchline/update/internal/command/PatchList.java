package org.branchline.update.internal.command;

import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.shell.PbxCommand;
import org.branchline.update.RunningSoftware;
import org.branchline.update.SoftwareUpdateService;
import org.branchline.update.Update;

@Command(scope = "pbx", name = "patch-list",
        description = "Shows the running release, the installed Branchline features and the update history")
@Service
public class PatchList extends PbxCommand {
    @Reference
    SoftwareUpdateService updates;

    /** The running software and the history, as one document. */
    public record Listing(RunningSoftware running, List<Update> history) {
    }

    @Override
    protected Object data() {
        return new Listing(updates.running(), updates.history());
    }

    @Override
    protected void printTable(Object data) {
        Listing listing = (Listing) data;
        System.out.println("Release " + listing.running().release());
        ShellTable features = table("Feature", "Version");
        listing.running().features().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> features.addRow().addContent(e.getKey(), e.getValue()));
        features.print(System.out);
        ShellTable history = table("Requested", "File", "Kind", "Version", "Activate at", "Outcome");
        for (Update u : listing.history()) {
            history.addRow().addContent(u.requested(), u.fileName(), u.kind(), u.version(), u.activateAt(),
                    u.outcome());
        }
        history.print(System.out);
    }
}
