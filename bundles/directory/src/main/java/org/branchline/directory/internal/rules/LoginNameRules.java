package org.branchline.directory.internal.rules;

import org.branchline.api.admin.InvalidFieldException;

/**
 * The user's login name, used to sign in to My Allworx Manager, the admin pages and the client applications
 * (admin guide §8, §9.3 "Identification"). The guide sets no format; Branchline takes 1 to 64 ASCII letters,
 * digits, '.', '_' and '-', starting with a letter or digit, so that the name is safe in SIP URIs, e-mail
 * local parts and file names.
 */
public final class LoginNameRules {

    public static final String FIELD = "login-name";
    public static final int MAXIMUM_LENGTH = 64;

    private LoginNameRules() {
    }

    /**
     * Refuses a login name that breaks the rules above.
     *
     * @throws InvalidFieldException on "login-name"
     */
    public static void check(String loginName) {
        String broken = violation(loginName);
        if (broken != null) {
            throw new InvalidFieldException(FIELD, broken);
        }
    }

    /** True for a login name {@link #check} accepts. */
    public static boolean isValid(String loginName) {
        return violation(loginName) == null;
    }

    private static String violation(String name) {
        if (name == null || name.isEmpty()) {
            return "is required";
        }
        if (name.length() > MAXIMUM_LENGTH) {
            return "must be at most " + MAXIMUM_LENGTH + " characters";
        }
        if (!isLetterOrDigit(name.charAt(0))) {
            return "must start with a letter or digit";
        }
        if (!name.chars().allMatch(c -> isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
            return "may contain only letters, digits, '.', '_' and '-'";
        }
        return null;
    }

    private static boolean isLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
