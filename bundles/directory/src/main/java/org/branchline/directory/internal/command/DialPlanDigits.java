package org.branchline.directory.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.DialPlanMode;
import org.branchline.api.directory.DialPlanService;
import org.branchline.directory.internal.DirectoryFields;

@Command(scope = "pbx", name = "dialplan-modify", description = "Changes the dial plan mode or function digits")
@Service
public class DialPlanDigits implements Action {
    @Reference
    DialPlanService dialPlan;

    @Option(name = "--mode", description = "NORMAL or EXTENSION")
    String mode;

    @Option(name = "--digit", multiValued = true, description = "function=digit, e.g. outside-line=8")
    @Completion(Completers.DialPlanDigits.class)
    List<String> digits;

    @Override
    public Object execute() {
        DialPlanMode newMode = mode == null ? null : RequestFields.oneOf("mode", DialPlanMode.class, mode);
        DialPlan plan = dialPlan.update(newMode, DirectoryFields.digits("digit", digits));
        System.out.println("Dial plan: " + plan.mode() + " " + plan.digitsByField());
        return null;
    }

}
