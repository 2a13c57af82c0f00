package org.branchline.directory.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.security.Role;

/** Parses the directory's own request fields for its doors (REST, SOAP, shell): roles and dial plan digits. */
public final class DirectoryFields {
    private DirectoryFields() {
    }

    /** A role by its short name, Role value or the guide's title; the field "role" otherwise. */
    public static Role role(String text) {
        return Role.parse(text).orElseThrow(() -> new InvalidFieldException("role", "must be one of "
                + String.join(", ", Arrays.stream(Role.values()).map(Role::key).toList())));
    }

    /** Dial plan digits keyed by DialPlanFunction.field(), each key a field "digits.<function>" when wrong. */
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

    /** Dial plan digits given as "function=digit" strings. */
    public static Map<DialPlanFunction, Integer> digits(String field, List<String> pairs) {
        Map<String, Integer> byField = new LinkedHashMap<>();
        Map<String, String> parsed = RequestFields.keyValues(field, pairs);
        if (parsed != null) {
            parsed.forEach((function, digit) -> {
                if (!digit.matches("\\d")) {
                    throw new InvalidFieldException("digits." + function, "must be one digit 0-9");
                }
                byField.put(function, Integer.parseInt(digit));
            });
        }
        return digits(byField);
    }
}
