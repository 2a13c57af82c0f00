package org.branchline.sip.internal.handset;

import java.util.Collection;
import java.util.regex.Pattern;
import org.branchline.api.admin.InvalidFieldException;

/** Field rules of the SIP Handset page (admin guide §10.3) and the station numbers lines get. */
public final class HandsetRules {
    public static final int MAX_LINES = 24;
    public static final int FIRST_STATION = 5100;
    public static final int LAST_STATION = 5999;
    private static final Pattern LOGIN_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private HandsetRules() {
    }

    public static String loginId(String value) {
        if (value == null || !LOGIN_ID.matcher(value).matches()) {
            throw new InvalidFieldException("login-id", "required, 1-64 letters, digits, '.', '_' or '-'");
        }
        return value;
    }

    public static String description(String value) {
        if (value == null || value.isBlank() || value.length() > 128) {
            throw new InvalidFieldException("description", "required, at most 128 characters");
        }
        return value.trim();
    }

    public static int lines(Integer value) {
        if (value == null || value < 1 || value > MAX_LINES) {
            throw new InvalidFieldException("lines", "must be 1-" + MAX_LINES);
        }
        return value;
    }

    public static String password(String value) {
        if (value == null || value.length() < 4 || value.length() > 64 || value.contains(":")) {
            throw new InvalidFieldException("password", "required, 4-64 characters, no ':'");
        }
        return value;
    }

    /** The lowest station number not in {@code used}. */
    public static String freeStation(Collection<String> used) {
        for (int n = FIRST_STATION; n <= LAST_STATION; n++) {
            if (!used.contains(Integer.toString(n))) {
                return Integer.toString(n);
            }
        }
        throw new InvalidFieldException("lines", "no free station number left in " + FIRST_STATION + "-" + LAST_STATION);
    }
}
