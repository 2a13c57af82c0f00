package org.branchline.api.directory;

/**
 * Business &gt; Users &gt; Password Requirements (admin guide §8.1). With {@code strong} off the server asks
 * for 4–128 characters of the allowed set; with it on, at least {@code minimumLength} (6–128) and the
 * chosen character classes.
 */
public record PasswordRequirements(boolean strong, int minimumLength, boolean requireLowerCase,
        boolean requireUpperCase, boolean requireDigit, boolean requireSpecial) {

    public static final int MAXIMUM_LENGTH = 128;
    public static final int DEFAULT_MINIMUM_LENGTH = 4;
    public static final int STRONG_MINIMUM_LENGTH = 6;

    public static PasswordRequirements defaults() {
        return new PasswordRequirements(false, DEFAULT_MINIMUM_LENGTH, false, false, false, false);
    }
}
