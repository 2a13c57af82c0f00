package org.branchline.api.directory;

import java.util.Map;

/**
 * The internal dial plan: its mode, the extension length (3 or 4) and the leading digit of each function.
 * In Normal mode the EXTENSIONS digit d gives the block d.. and (d+1).. (1 → 1xx–2xx); in Extension mode it
 * is ignored and only OPERATOR and OUTSIDE_LINE are reserved digits, the other functions start with '*'.
 */
public record DialPlan(DialPlanMode mode, int extensionLength, Map<DialPlanFunction, Integer> digits) {
    public DialPlan {
        digits = Map.copyOf(digits);
    }

    /** The digits keyed by {@link DialPlanFunction#field()}, in the order of the guide's table. */
    public java.util.Map<String, Integer> digitsByField() {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        digits.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> out.put(e.getKey().field(), e.getValue()));
        return out;
    }

    public int digit(DialPlanFunction function) {
        Integer d = digits.get(function);
        if (d == null) {
            throw new IllegalStateException("no digit for " + function);
        }
        return d;
    }
}
