package org.branchline.admin.internal.rest;

import java.util.Map;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.DialPlanMode;

/** The dial plan as JSON, its digits keyed by the same function names a request uses. */
public record DialPlanView(DialPlanMode mode, int extensionLength, Map<String, Integer> digits) {
    public static DialPlanView of(DialPlan plan) {
        return new DialPlanView(plan.mode(), plan.extensionLength(), plan.digitsByField());
    }
}
