package org.branchline.directory.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.directory.UserTemplateService;

@Command(scope = "pbx", name = "template-copy", description = "Copies a user template under a new name")
@Service
public class TemplateCopy implements Action {
    @Reference
    UserTemplateService templates;

    @Argument(index = 0, name = "source", required = true, description = "Template to copy")
    @Completion(Completers.Templates.class)
    String source;

    @Argument(index = 1, name = "name", description = "Name of the copy (default: Copy of <source>)")
    String name;

    @Override
    public Object execute() {
        System.out.println("Created user template " + templates.copy(source, name).name());
        return null;
    }
}
