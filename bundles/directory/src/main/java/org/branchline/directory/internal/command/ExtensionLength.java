package org.branchline.directory.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.directory.DialPlanService;

@Command(scope = "pbx", name = "extension-length",
        description = "Changes the extension length to 3 or 4 digits, converting every extension (admin guide §7.1.2)")
@Service
public class ExtensionLength implements Action {
    @Reference
    DialPlanService dialPlan;

    @Argument(index = 0, name = "length", required = true, description = "3 or 4")
    int length;

    @Override
    public Object execute() {
        System.out.println("Extension length is now " + dialPlan.changeExtensionLength(length).extensionLength());
        return null;
    }
}
