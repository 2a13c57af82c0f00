package org.branchline.directory.internal.command;

import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.api.directory.DialPattern;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.DialPlanService;
import org.branchline.shell.PbxCommand;

@Command(scope = "pbx", name = "dialplan", description = "Shows the internal dial plan and the patterns it reserves (admin guide §7.2)")
@Service
public class DialPlanShow extends PbxCommand {
    @Reference
    DialPlanService dialPlan;

    @Override
    protected Object data() {
        return Map.of("plan", view(dialPlan.get()), "patterns", dialPlan.patterns());
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void printTable(Object data) {
        DialPlan plan = dialPlan.get();
        System.out.println("Mode: " + plan.mode() + ", extension length: " + plan.extensionLength());
        ShellTable table = table("Function", "Digit", "Pattern", "Use");
        for (DialPattern p : (List<DialPattern>) ((Map<String, Object>) data).get("patterns")) {
            table.addRow().addContent(p.function().field(), plan.digit(p.function()), p.pattern(), p.use());
        }
        table.print(System.out);
    }

    private static Map<String, Object> view(DialPlan plan) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("mode", plan.mode());
        out.put("extension-length", plan.extensionLength());
        out.put("digits", plan.digitsByField());
        return out;
    }
}
