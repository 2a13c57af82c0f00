package org.branchline.sip.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.sip.HandsetService;

@Command(scope = "pbx", name = "handset-modify",
        description = "Changes a SIP handset; options not given stay as they are")
@Service
public class HandsetModify implements Action {
    @Reference
    HandsetService handsets;

    @Argument(index = 0, name = "loginId", required = true, description = "Login ID of the handset")
    @Completion(Completers.Handsets.class)
    String loginId;

    @Option(name = "--description", description = "Description")
    String description;

    @Option(name = "--lines", description = "Number of Lines, 1-24: lines are added or removed at the end")
    Integer lines;

    @Option(name = "--password", description = "New password of every line")
    String password;

    @Override
    public Object execute() {
        HandsetLine.print("Modified", handsets.update(loginId, description, lines, password));
        return null;
    }
}
