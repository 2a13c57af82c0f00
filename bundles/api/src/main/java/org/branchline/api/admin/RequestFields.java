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

    /** A value of an enumerated field, by its constant name in any case, '-' standing for '_'. */
    public static <E extends Enum<E>> E oneOf(String field, Class<E> type, String text) {
        String name = text == null ? "" : text.trim().toUpperCase().replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidFieldException(field, "must be one of "
                        + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
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

    /** Maps given as repeated "key=value" strings (shell options, SOAP lists); null when none are given. */
    public static Map<String, String> keyValues(String field, java.util.List<String> pairs) {
        if (pairs == null || pairs.isEmpty()) {
            return null;
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair == null ? -1 : pair.indexOf('=');
            if (eq <= 0) {
                throw new InvalidFieldException(field, "expected key=value, got '" + pair + "'");
            }
            out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return out;
    }

    /** Dial plan digits given as "function=digit" strings. */
    public static Map<DialPlanFunction, Integer> digits(String field, java.util.List<String> pairs) {
        Map<String, Integer> byField = new java.util.LinkedHashMap<>();
        Map<String, String> parsed = keyValues(field, pairs);
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
