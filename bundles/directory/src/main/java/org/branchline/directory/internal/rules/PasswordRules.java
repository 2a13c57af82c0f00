package org.branchline.directory.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.directory.PasswordRequirements;

/**
 * User password rules (admin guide §8.1 "Requirements").
 *
 * <p>Without Require Strong Passwords the server asks only for 4–128 characters taken from letters, digits and
 * the special characters of §8.1; the minimum length and the character-class flags of the requirements are not
 * selectable then (§8.1 step 2a) and are ignored. With it, the password needs the chosen minimum length
 * (6–128) and each chosen character class (§8.1 step 2b). Lengths count Unicode code points.
 */
public final class PasswordRules {

    /** Space and the ASCII punctuation the guide's §8.1 table lists as special characters. */
    public static final String SPECIAL_CHARACTERS = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    static final String MINIMUM_LENGTH_FIELD = "minimum-length";
    private static final int MAX_SHOWN_BAD_CHARACTERS = 5;

    private PasswordRules() {
    }

    /**
     * The rules {@code password} breaks under {@code req}, each readable on its own ("must be at least 6
     * characters"); empty when the password complies (§8.1).
     */
    public static List<String> violations(PasswordRequirements req, String password) {
        Objects.requireNonNull(req, "req");
        if (password == null) {
            return List.of("is required");
        }
        List<String> found = new ArrayList<>();
        lengthViolation(minimumLength(req), password).ifPresent(found::add);
        characterSetViolation(password).ifPresent(found::add);
        if (req.strong()) {
            found.addAll(missingClasses(req, password));
        }
        return List.copyOf(found);
    }

    /** True when {@code password} meets every rule of {@code req} (§8.1). */
    public static boolean complies(PasswordRequirements req, String password) {
        return violations(req, password).isEmpty();
    }

    /**
     * Refuses a password that breaks {@code req}, naming every broken rule joined with "; ".
     *
     * @throws InvalidFieldException on {@code field}, e.g. "password: must be at least 6 characters; must
     *         contain a digit"
     */
    public static void check(String field, PasswordRequirements req, String password) {
        List<String> broken = violations(req, password);
        if (!broken.isEmpty()) {
            throw new InvalidFieldException(field, String.join("; ", broken));
        }
    }

    /**
     * Checks the Password Requirements page itself (§8.1 step 2b): with strong passwords the minimum length
     * is 6 to 128. Without them the remaining values are not used (see {@link #normalise}).
     *
     * @throws InvalidFieldException on "minimum-length"
     */
    public static void validateRequirements(PasswordRequirements req) {
        Objects.requireNonNull(req, "req");
        int min = req.minimumLength();
        if (req.strong() && (min < PasswordRequirements.STRONG_MINIMUM_LENGTH
                || min > PasswordRequirements.MAXIMUM_LENGTH)) {
            throw new InvalidFieldException(MINIMUM_LENGTH_FIELD, "must be from "
                    + PasswordRequirements.STRONG_MINIMUM_LENGTH + " to " + PasswordRequirements.MAXIMUM_LENGTH
                    + " when strong passwords are required");
        }
    }

    /**
     * The requirements as they should be stored: a non-strong setting becomes
     * {@link PasswordRequirements#defaults()} because §8.1 step 2a leaves nothing else to choose.
     */
    public static PasswordRequirements normalise(PasswordRequirements req) {
        validateRequirements(req);
        return req.strong() ? req : PasswordRequirements.defaults();
    }

    /** The minimum length in force: 4 without strong passwords, the chosen minimum with them. */
    public static int minimumLength(PasswordRequirements req) {
        return req.strong() ? req.minimumLength() : PasswordRequirements.DEFAULT_MINIMUM_LENGTH;
    }

    /** True for a character §8.1 allows in a password: A-Z, a-z, 0-9 or a special character. */
    public static boolean isAllowed(int codePoint) {
        return isAsciiLetter(codePoint) || isAsciiDigit(codePoint) || isSpecial(codePoint);
    }

    private static Optional<String> lengthViolation(int min, String password) {
        int length = password.codePointCount(0, password.length());
        if (length < min) {
            return Optional.of("must be at least " + min + " characters");
        }
        if (length > PasswordRequirements.MAXIMUM_LENGTH) {
            return Optional.of("must be at most " + PasswordRequirements.MAXIMUM_LENGTH + " characters");
        }
        return Optional.empty();
    }

    private static Optional<String> characterSetViolation(String password) {
        Set<Integer> bad = password.codePoints().filter(c -> !isAllowed(c))
                .boxed().collect(Collectors.toCollection(LinkedHashSet::new));
        if (bad.isEmpty()) {
            return Optional.empty();
        }
        String shown = bad.stream().limit(MAX_SHOWN_BAD_CHARACTERS).map(PasswordRules::quote)
                .collect(Collectors.joining(", "));
        return Optional.of("may contain only letters, digits and the special characters of the guide"
                + " (found " + shown + (bad.size() > MAX_SHOWN_BAD_CHARACTERS ? ", ..." : "") + ")");
    }

    private static List<String> missingClasses(PasswordRequirements req, String password) {
        List<String> missing = new ArrayList<>();
        if (req.requireLowerCase() && password.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            missing.add("must contain a lower-case letter");
        }
        if (req.requireUpperCase() && password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
            missing.add("must contain an upper-case letter");
        }
        if (req.requireDigit() && password.chars().noneMatch(PasswordRules::isAsciiDigit)) {
            missing.add("must contain a digit");
        }
        if (req.requireSpecial() && password.chars().noneMatch(PasswordRules::isSpecial)) {
            missing.add("must contain a special character (a space or punctuation such as ! # @)");
        }
        return missing;
    }

    private static String quote(int codePoint) {
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
                || !Character.isDefined(codePoint)) {
            return String.format("U+%04X", codePoint);
        }
        return "'" + new String(Character.toChars(codePoint)) + "'";
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpecial(int c) {
        return c < 128 && SPECIAL_CHARACTERS.indexOf(c) >= 0;
    }
}
