package org.branchline.directory.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionService;
import org.branchline.shell.PbxCommand;

@Command(scope = "pbx", name = "extension-list", description = "Lists user and system extensions")
@Service
public class ExtensionList extends PbxCommand {
    @Reference
    ExtensionService extensions;

    @Override
    protected Object data() {
        return extensions.list();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void printTable(Object data) {
        ShellTable table = table("Extension", "Kind", "Owner", "Description");
        for (Extension e : (List<Extension>) data) {
            table.addRow().addContent(e.number(), e.kind(), e.owner() == null ? "" : e.owner(), e.description());
        }
        table.print(System.out);
    }
}
