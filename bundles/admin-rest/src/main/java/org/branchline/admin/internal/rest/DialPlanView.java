package org.branchline.admin.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.DialPlanMode;

/** The dial plan as JSON, its digits keyed by the same function names a request uses. */
public record DialPlanView(DialPlanMode mode, int extensionLength, Map<String, Integer> digits) {
    public static DialPlanView of(DialPlan plan) {
        Map<String, Integer> digits = new LinkedHashMap<>();
        plan.digits().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> digits.put(e.getKey().field(), e.getValue()));
        return new DialPlanView(plan.mode(), plan.extensionLength(), digits);
    }
}
