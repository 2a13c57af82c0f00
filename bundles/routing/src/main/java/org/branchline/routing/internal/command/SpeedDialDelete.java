package org.branchline.routing.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.routing.SpeedDialService;

@Command(scope = "pbx", name = "speed-dial-delete", description = "Deletes a system speed dial")
@Service
public class SpeedDialDelete implements Action {
    @Reference
    SpeedDialService speedDials;

    @Argument(index = 0, name = "number", required = true, description = "Speed dial number")
    @Completion(Completers.SpeedDials.class)
    String number;

    @Override
    public Object execute() {
        speedDials.delete(number);
        System.out.println("Deleted speed dial " + number);
        return null;
    }
}
