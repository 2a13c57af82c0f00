package org.branchline.shell.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchline.api.admin.InvalidFieldException;

/** Parses repeated "--set key=value" options. */
final class Settings {
    private Settings() {
    }

    static Map<String, String> parse(List<String> pairs) {
        if (pairs == null || pairs.isEmpty()) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new InvalidFieldException("set", "expected key=value, got '" + pair + "'");
            }
            out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return out;
    }
}
