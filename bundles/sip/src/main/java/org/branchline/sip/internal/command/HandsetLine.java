package org.branchline.sip.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.sip.CallAppearance;
import org.branchline.sip.Handset;
import org.branchline.sip.HandsetService;

@Command(scope = "pbx", name = "handset-line",
        description = "Gives a call appearance of a handset to a user, or with --none to no one")
@Service
public class HandsetLine implements Action {
    @Reference
    HandsetService handsets;

    @Option(name = "--none", description = "The line belongs to no user")
    boolean none;

    @Argument(index = 0, name = "loginId", required = true, description = "Login ID of the handset")
    @Completion(Completers.Handsets.class)
    String loginId;

    @Argument(index = 1, name = "line", required = true,
            description = "Line number, 1 to the handset's Number of Lines")
    int line;

    @Argument(index = 2, name = "owner", description = "Login name of the user the line rings for")
    @Completion(Completers.Users.class)
    String owner;

    @Override
    public Object execute() {
        if (none == (owner != null)) {
            throw new InvalidFieldException("owner", "give either the owner's login name or --none");
        }
        print("Modified", handsets.assign(loginId, line, owner));
        return null;
    }

    /** "Added handset alice-phone: line 1 5100 (alice), line 2 5101". */
    static void print(String done, Handset h) {
        StringBuilder out = new StringBuilder(done + " handset " + h.loginId() + ":");
        for (CallAppearance a : h.appearances()) {
            out.append(a.line() == 1 ? " " : ", ").append("line ").append(a.line()).append(' ').append(a.userId())
                    .append(a.owner() == null ? "" : " (" + a.owner() + ")");
        }
        System.out.println(out);
    }
}
