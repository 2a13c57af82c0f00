package org.branchline.api.directory;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Business &gt; Users &gt; Password Requirements (admin guide §8.1). With {@code strong} off the server asks
 * for 4–128 characters of the allowed set; with it on, at least {@code minimumLength} (6–128) and the
 * chosen character classes.
 */
@Schema(name = "PasswordRequirements", description = "Business > Users > Password Requirements (admin guide §8.1). "
        + "Without strong passwords a password needs 4 to 128 letters, digits and special characters and the other "
        + "fields are not used; with them it needs at least minimum-length characters and each character class "
        + "required. A request replaces the whole setting and must give every field (one left out is refused with "
        + "400).",
        requiredProperties = {"strong", "minimum-length", "require-lower-case", "require-upper-case",
                "require-digit", "require-special"}, additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
public record PasswordRequirements(
        @Schema(description = "Require Strong Passwords.") boolean strong,
        @Schema(description = "Minimum password length; 6 to 128 when strong passwords are required (4 applies "
                + "otherwise).", minimum = "0", maximum = "128")
        int minimumLength,
        @Schema(description = "With strong passwords: at least one lower-case letter.") boolean requireLowerCase,
        @Schema(description = "With strong passwords: at least one upper-case letter.") boolean requireUpperCase,
        @Schema(description = "With strong passwords: at least one digit.") boolean requireDigit,
        @Schema(description = "With strong passwords: at least one special character.") boolean requireSpecial) {

    public static final int MAXIMUM_LENGTH = 128;
    public static final int DEFAULT_MINIMUM_LENGTH = 4;
    public static final int STRONG_MINIMUM_LENGTH = 6;

    public static PasswordRequirements defaults() {
        return new PasswordRequirements(false, DEFAULT_MINIMUM_LENGTH, false, false, false, false);
    }
}
