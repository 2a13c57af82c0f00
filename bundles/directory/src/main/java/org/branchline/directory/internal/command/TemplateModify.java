package org.branchline.directory.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.directory.UserTemplateService;

@Command(scope = "pbx", name = "template-modify", description = "Renames a user template or changes its settings")
@Service
public class TemplateModify implements Action {
    @Reference
    UserTemplateService templates;

    @Argument(index = 0, name = "template", required = true, description = "Template name")
    @Completion(Completers.Templates.class)
    String name;

    @Option(name = "--name", description = "New name")
    String newName;

    @Option(name = "--set", multiValued = true, description = "Setting to change, key=value")
    List<String> settings;

    @Override
    public Object execute() {
        System.out.println("Modified user template " + templates.update(name, newName, RequestFields.keyValues("set", settings)).name());
        return null;
    }
}
