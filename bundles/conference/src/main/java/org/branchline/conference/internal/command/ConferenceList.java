package org.branchline.conference.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.conference.internal.Conference;
import org.branchline.conference.internal.Conferences;
import org.branchline.shell.PbxCommand;

@Command(scope = "pbx", name = "conference-list",
        description = "Lists the unscheduled conferences with the callers in each (Phone System > Conference Center)")
@Service
public class ConferenceList extends PbxCommand {
    @Reference
    Conferences conferences;

    @Override
    protected Object data() {
        return conferences.list();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void printTable(Object data) {
        ShellTable table = table("Conference", "Callers");
        for (Conference c : (List<Conference>) data) {
            table.addRow().addContent(c.id(), c.callers());
        }
        table.print(System.out);
    }
}
