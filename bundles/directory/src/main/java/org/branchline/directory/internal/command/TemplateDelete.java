package org.branchline.directory.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.directory.UserTemplateService;

@Command(scope = "pbx", name = "template-delete", description = "Deletes a user template no user was last given")
@Service
public class TemplateDelete implements Action {
    @Reference
    UserTemplateService templates;

    @Argument(index = 0, name = "template", required = true, description = "Template name")
    @Completion(Completers.Templates.class)
    String name;

    @Override
    public Object execute() {
        templates.delete(name);
        System.out.println("Deleted user template " + name);
        return null;
    }
}
