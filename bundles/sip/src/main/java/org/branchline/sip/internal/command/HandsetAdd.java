package org.branchline.sip.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.sip.HandsetService;

@Command(scope = "pbx", name = "handset-add",
        description = "Adds a generic SIP handset; each line gets the lowest free station number 5xxx")
@Service
public class HandsetAdd implements Action {
    @Reference
    HandsetService handsets;

    @Argument(index = 0, name = "loginId", required = true,
            description = "Login ID the phone authenticates line 1 with")
    String loginId;

    @Option(name = "--password", required = true, description = "Password of every line")
    String password;

    @Option(name = "--description", required = true, description = "Description, at most 128 characters")
    String description;

    @Option(name = "--lines", description = "Number of Lines, 1-24 (default 1)")
    int lines = 1;

    @Option(name = "--owner", description = "User who owns line 1 (login name)")
    @Completion(Completers.Users.class)
    String owner;

    @Override
    public Object execute() {
        HandsetLine.print("Added", handsets.create(loginId, description, lines, password, owner));
        return null;
    }
}
