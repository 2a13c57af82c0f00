package org.branchline.routing.internal.rules;

import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.routing.SpeedDial;

/** A system speed dial (admin guide §18.6): a speed dial number of the plan, and what to dial instead. */
public final class SpeedDialRules {
    public static final int MAX_DESCRIPTION = 128;
    private static final String DIAL = "[0-9*#]{1,64}";

    private SpeedDialRules() {
    }

    public static SpeedDial check(InternalDialPlan plan, SpeedDial speedDial) {
        number(plan, speedDial.number());
        String description = speedDial.description() == null ? "" : speedDial.description().strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw new InvalidFieldException("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        if (speedDial.dial() == null || !speedDial.dial().matches(DIAL)) {
            throw new InvalidFieldException("dial", "must be 1 to 64 digits, '*' or '#'");
        }
        return new SpeedDial(speedDial.number(), description, speedDial.dial());
    }

    public static String number(InternalDialPlan plan, String number) {
        if (number == null || !plan.isSpeedDialNumber(number)) {
            throw new InvalidFieldException("number",
                    "must be a speed dial number of the internal dial plan: " + plan.speedDialNumbers());
        }
        return number;
    }
}
