package org.branchline.update.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.update.SoftwareUpdateService;

@Command(scope = "pbx", name = "patch-cancel", description = "Cancels the update scheduled for later")
@Service
public class PatchCancel implements Action {
    @Reference
    SoftwareUpdateService updates;

    @Override
    public Object execute() {
        System.out.println(updates.cancelScheduled() ? "Cancelled the scheduled update" : "No update was scheduled");
        return null;
    }
}
