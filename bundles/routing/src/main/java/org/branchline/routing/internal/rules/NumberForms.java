package org.branchline.routing.internal.rules;

import java.util.Arrays;
import java.util.Locale;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.routing.ApplicationNumber;
import org.branchline.api.routing.ApplicationNumber.Argument;
import org.branchline.api.routing.WhileAbsent;

/**
 * Application numbers as text: {@code function:code[:argument]}, as applications declare them on their service
 * and as routing keys them (e.g. {@code pbx-functions:04:own-extension}).
 */
public final class NumberForms {
    private NumberForms() {
    }

    /** The number's key: one row per form, whichever application it reaches. */
    public static String key(ApplicationNumber number) {
        return (number.function() == null ? "" : number.function().field()) + ":" + number.code() + ":"
                + field(number.argument());
    }

    /**
     * Reads one declared number of {@code application}.
     *
     * @throws IllegalArgumentException naming what is wrong with the declaration
     */
    public static ApplicationNumber read(String declared, String application, WhileAbsent whileAbsent) {
        String[] parts = declared.trim().split(":", -1);
        if (parts.length < 2 || parts.length > 3 || parts[1].isEmpty() && parts[0].isEmpty()) {
            throw new IllegalArgumentException(declared + ": not function:code[:argument]");
        }
        if (!parts[1].matches("[0-9*#]*|[a-z]+")) {
            throw new IllegalArgumentException(declared + ": the code must be digits (or a word dialed as it is)");
        }
        return new ApplicationNumber(function(parts[0], declared), parts[1],
                parts.length == 3 ? argument(parts[2], declared) : Argument.NONE, application, null, whileAbsent);
    }

    /** {@code busy} or {@code unavailable}; anything else (or nothing) is unavailable. */
    public static WhileAbsent whileAbsent(Object declared) {
        return declared != null && "busy".equalsIgnoreCase(declared.toString().trim()) ? WhileAbsent.BUSY
                : WhileAbsent.UNAVAILABLE;
    }

    private static DialPlanFunction function(String field, String declared) {
        if (field.isEmpty()) {
            return null;
        }
        return Arrays.stream(DialPlanFunction.values()).filter(f -> f.field().equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(declared + ": no dial plan function " + field));
    }

    private static Argument argument(String field, String declared) {
        return Arrays.stream(Argument.values()).filter(a -> field(a).equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(declared + ": the argument is none, "
                        + "own-extension, extension or parking-orbit"));
    }

    private static String field(Argument argument) {
        return argument.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
