package org.branchline.directory.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.api.directory.UserTemplate;
import org.branchline.api.directory.UserTemplateService;
import org.branchline.shell.PbxCommand;

@Command(scope = "pbx", name = "template-list", description = "Lists the user templates (admin guide §9.1)")
@Service
public class TemplateList extends PbxCommand {
    @Reference
    UserTemplateService templates;

    @Override
    protected Object data() {
        return templates.list();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void printTable(Object data) {
        ShellTable table = table("Template", "Editable", "Last applied to");
        for (UserTemplate t : (List<UserTemplate>) data) {
            table.addRow().addContent(t.name(), t.editable(), String.join(", ", t.users()));
        }
        table.print(System.out);
    }
}
