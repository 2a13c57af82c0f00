package org.branchline.directory.internal.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.DialPlanMode;

/** The dial plan as JSON, its digits keyed by the same function names a request uses. */
@Schema(name = "DialPlan",
        description = "Phone System > Dial Plan (admin guide §7): extension length and internal dial plan.",
        requiredProperties = {"mode", "extension-length", "digits"})
public record DialPlanView(
        DialPlanMode mode,
        @Schema(description = "Internal Extension Length: user and system extensions have 3 or 4 digits (admin guide "
                + "§7.1).")
        int extensionLength,
        @Schema(implementation = Docs.DialPlanDigits.class, description = "The leading digit of every function.")
        Map<String, Integer> digits) {
    public static DialPlanView of(DialPlan plan) {
        return new DialPlanView(plan.mode(), plan.extensionLength(), plan.digitsByField());
    }
}
