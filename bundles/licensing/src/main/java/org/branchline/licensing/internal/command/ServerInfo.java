package org.branchline.licensing.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.api.licensing.FeatureKeyService;
import org.branchline.api.licensing.ServerIdentity;
import org.branchline.shell.PbxCommand;

@Command(scope = "pbx", name = "server-info",
        description = "Shows the server id feature keys are issued for, the server model and the running release")
@Service
public class ServerInfo extends PbxCommand {
    @Reference
    FeatureKeyService keys;

    @Override
    protected Object data() {
        return keys.identity();
    }

    @Override
    protected void printTable(Object data) {
        ServerIdentity id = (ServerIdentity) data;
        ShellTable table = table("Server ID", "Model", "Release");
        table.addRow().addContent(id.serverId(), id.model(), id.version());
        table.print(System.out);
    }
}
