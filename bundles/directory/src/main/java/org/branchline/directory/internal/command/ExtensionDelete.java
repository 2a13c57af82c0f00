package org.branchline.directory.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.directory.ExtensionService;

@Command(scope = "pbx", name = "extension-delete", description = "Deletes an extension")
@Service
public class ExtensionDelete implements Action {
    @Reference
    ExtensionService extensions;

    @Argument(index = 0, name = "number", required = true, description = "Extension number")
    @Completion(Completers.Extensions.class)
    String number;

    @Override
    public Object execute() {
        extensions.delete(number);
        System.out.println("Deleted extension " + number);
        return null;
    }
}
