package org.branchline.routing.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.routing.SpeedDial;
import org.branchline.api.routing.SpeedDialService;

@Command(scope = "pbx", name = "speed-dial-set", description = "Adds or changes a system speed dial")
@Service
public class SpeedDialSet implements Action {
    @Reference
    SpeedDialService speedDials;

    @Option(name = "--description", description = "Description")
    String description;

    @Argument(index = 0, name = "number", required = true,
            description = "Speed dial number, e.g. 350 (Normal mode) or *250 (Extension mode)")
    @Completion(Completers.SpeedDials.class)
    String number;

    @Argument(index = 1, name = "dial", required = true,
            description = "What the server dials: an extension or an outside number")
    String dial;

    @Override
    public Object execute() {
        SpeedDial s = speedDials.put(new SpeedDial(number, description, dial));
        System.out.println("Speed dial " + s.number() + " dials " + s.dial());
        return null;
    }
}
