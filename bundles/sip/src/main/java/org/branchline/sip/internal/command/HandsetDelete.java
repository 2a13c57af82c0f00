package org.branchline.sip.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.sip.HandsetService;

@Command(scope = "pbx", name = "handset-delete", description = "Deletes a SIP handset and frees its station numbers")
@Service
public class HandsetDelete implements Action {
    @Reference
    HandsetService handsets;

    @Argument(index = 0, name = "loginId", required = true, description = "Login ID of the handset")
    @Completion(Completers.Handsets.class)
    String loginId;

    @Override
    public Object execute() {
        handsets.delete(loginId);
        System.out.println("Deleted handset " + loginId);
        return null;
    }
}
