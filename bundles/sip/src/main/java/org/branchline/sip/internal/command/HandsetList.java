package org.branchline.sip.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.shell.PbxCommand;
import org.branchline.sip.CallAppearance;
import org.branchline.sip.Handset;
import org.branchline.sip.HandsetService;

@Command(scope = "pbx", name = "handset-list",
        description = "Lists the SIP handsets and their call appearances (Phone System > Handsets)")
@Service
public class HandsetList extends PbxCommand {
    @Reference
    HandsetService handsets;

    @Override
    protected Object data() {
        return handsets.list();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void printTable(Object data) {
        ShellTable table = table("Login ID", "Description", "Line", "User ID", "Line Login ID", "Owner");
        for (Handset h : (List<Handset>) data) {
            for (CallAppearance a : h.appearances()) {
                boolean first = a.line() == h.appearances().get(0).line();
                table.addRow().addContent(first ? h.loginId() : "", first ? h.description() : "", a.line(),
                        a.userId(), a.loginId(), a.owner() == null ? "" : a.owner());
            }
        }
        table.print(System.out);
    }
}
