package org.branchline.directory.internal.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.api.directory.UserTemplate;
import org.branchline.api.directory.UserTemplateService;
import org.branchline.shell.PbxCommand;

@Command(scope = "pbx", name = "template-show", description = "Shows a user template's settings")
@Service
public class TemplateShow extends PbxCommand {
    @Reference
    UserTemplateService templates;

    @Argument(index = 0, name = "template", required = true, description = "Template name")
    @Completion(Completers.Templates.class)
    String name;

    @Override
    protected Object data() {
        return templates.get(name);
    }

    @Override
    protected void printTable(Object data) {
        UserTemplate t = (UserTemplate) data;
        ShellTable table = table("Setting", "Value");
        t.settings().forEach((k, v) -> table.addRow().addContent(k, v));
        table.print(System.out);
        System.out.println("Last applied to: " + String.join(", ", t.users()));
    }
}
