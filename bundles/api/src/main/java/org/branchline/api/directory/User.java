package org.branchline.api.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.branchline.api.security.Role;

/**
 * A PBX user as the admin doors show it. Secrets never leave the directory: neither the password nor the
 * PIN is part of this view.
 *
 * @param template the user template last applied
 * @param overrides the template settings this user holds differently from that template (the guide's "!")
 */
@Schema(name = "User",
        description = "A PBX user as Business > Users shows it. Neither the password nor the PIN is ever shown.",
        requiredProperties = {"login-name", "full-name", "presence", "require-password-change",
                "require-pin-change", "roles", "template", "settings", "overrides", "extensions"})
public record User(
        @Schema(description = "The login name used to sign in to My Allworx Manager, the admin pages and the phone "
                + "clients (admin guide §9.3 Identification): 1 to 64 letters, digits, '.', '_' or '-', starting "
                + "with a letter or digit.", example = "jsmith", pattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$",
                minLength = 1, maxLength = 64)
        String loginName,
        @Schema(description = "The user's name as shown in the directory; 1 to 128 characters.",
                example = "Jane Smith", minLength = 1, maxLength = 128)
        String fullName,
        Presence presence,
        @Schema(description = "Require the user to change the password at next login (admin guide §8).")
        boolean requirePasswordChange,
        @Schema(description = "Require the user to change the PIN code at next login (admin guide §8).")
        boolean requirePinChange,
        @Schema(description = "The administrative roles assigned to the user (Business > Roles).") Set<Role> roles,
        @Schema(description = "The user template last applied to the user (admin guide §9.3).",
                example = "System User (Default)")
        String template,
        @Schema(
                description = "The user's template settings (admin guide §9.2), keyed in kebab-case, values as text.",
                example = "{\"enable-voicemail\": \"true\", \"maximum-voicemails\": \"100\"}")
        Map<String, String> settings,
        @Schema(description = "Keys of the settings in which the user differs from the template last applied: the "
                + "template overrides the guide flags with \"!\" (§9.3).")
        Set<String> overrides,
        @Schema(description = "The numbers of the user extensions this user owns.", example = "[\"101\"]")
        List<String> extensions) {

    public boolean templateOverridden() {
        return !overrides.isEmpty();
    }
}
