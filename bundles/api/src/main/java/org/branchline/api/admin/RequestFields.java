package org.branchline.api.admin;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.directory.Presence;
import org.branchline.api.security.Role;

/** Parses, for every admin door, the enumerated fields of requests, naming the field and its allowed values when they are wrong. */
public final class RequestFields {
    private RequestFields() {
    }

    public static Presence presence(String text) {
        return Presence.parse(text).orElseThrow(() -> new InvalidFieldException("presence", "must be one of "
                + String.join(", ", Arrays.stream(Presence.values()).map(Presence::title).toList())));
    }

    public static Role role(String text) {
        return Role.parse(text).orElseThrow(() -> new InvalidFieldException("role", "must be one of "
                + String.join(", ", Arrays.stream(Role.values()).map(Role::key).toList())));
    }

    public static Map<DialPlanFunction, Integer> digits(Map<String, Integer> byField) {
        Map<DialPlanFunction, Integer> out = new EnumMap<>(DialPlanFunction.class);
        if (byField == null) {
            return out;
        }
        byField.forEach((field, digit) -> out.put(Arrays.stream(DialPlanFunction.values())
                .filter(f -> f.field().equals(field)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("digits." + field, "no such dial plan function; one of "
                        + String.join(", ", Arrays.stream(DialPlanFunction.values()).map(DialPlanFunction::field)
                                .toList()))), digit));
        return out;
    }
}
