package org.branchline.routing.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.api.routing.SpeedDial;
import org.branchline.api.routing.SpeedDialService;
import org.branchline.shell.PbxCommand;

@Command(scope = "pbx", name = "speed-dial-list",
        description = "Lists the system speed dials (Phone System > Speed Dial)")
@Service
public class SpeedDialList extends PbxCommand {
    @Reference
    SpeedDialService speedDials;

    @Override
    protected Object data() {
        return speedDials.list();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void printTable(Object data) {
        ShellTable table = table("Number", "Dials", "Description");
        for (SpeedDial s : (List<SpeedDial>) data) {
            table.addRow().addContent(s.number(), s.dial(), s.description() == null ? "" : s.description());
        }
        table.print(System.out);
    }
}
