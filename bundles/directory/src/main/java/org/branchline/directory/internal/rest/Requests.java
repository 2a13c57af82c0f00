package org.branchline.directory.internal.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.directory.DialPlanMode;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.PresenceInput;
import org.branchline.api.directory.TemplateApplication;
import org.branchline.api.directory.UserChange;

/** JSON request bodies (kebab-case names, which are also the field names that errors report). */
public final class Requests {
    private Requests() {
    }

    @Schema(name = "UserRequest", description = "A user as added (POST; login-name, full-name and password are "
            + "required, fields left out take their defaults) or the fields of a user to change (PUT; a field left "
            + "out or null stays as it is).", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record UserBody(
            @Schema(description = "The login name used to sign in to My Allworx Manager, the admin pages and the "
                    + "phone clients (admin guide §9.3 Identification): 1 to 64 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit. When changing: cannot be changed: if given it must equal "
                    + "the login name in the path.", example = "jsmith", pattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$",
                    minLength = 1, maxLength = 64)
            String loginName,
            @Schema(description = "The user template to start from (admin guide §9.3); \"System User (Default)\" "
                    + "when left out. An unknown name is refused as a bad field. When changing: not accepted here "
                    + "(400): apply a template with POST /v1/users/{login}/template.",
                    example = "System User (Default)")
            String template,
            @Schema(description = "The user's name as shown in the directory; 1 to 128 characters.",
                    example = "Jane Smith", minLength = 1, maxLength = 128)
            String fullName,
            @Schema(description = "The password for My Allworx Manager and the admin pages; must meet the password "
                    + "requirements (admin guide §8.1): 4 to 128 letters, digits and special characters, more with "
                    + "strong passwords. Only the Server Administrator may change the Server Administrator's "
                    + "password.", minLength = 4, maxLength = 128, format = "password")
            String password,
            @Schema(description = "The keypad PIN code for the Message Center, Hot Desk and queue logins and Follow "
                    + "Me (admin guide §8): 4 to 16 digits. A new user gets the default PIN 1234.",
                    pattern = "^[0-9]{4,16}$", format = "password")
            String pin,
            @Schema(description = "Require the user to change the password at next login (admin guide §8). Defaults "
                    + "to true.")
            Boolean requirePasswordChange,
            @Schema(description = "Require the user to change the PIN code at next login (admin guide §8). Defaults "
                    + "to true.")
            Boolean requirePinChange,
            @Schema(implementation = PresenceInput.class) String presence,
            @Schema(description = "User template settings (admin guide §9.2), keyed in kebab-case, values as text: "
                    + "booleans \"true\"/\"false\", whole numbers in decimal, choices by kebab-case name, e.g. "
                    + "{\"enable-voicemail\": \"true\", \"maximum-voicemails\": \"100\", \"active-calls-display\": "
                    + "\"brief\"}. An unknown key or a value the setting does not take is refused as "
                    + "`settings.<key>`. The keys given are set on this user and become overrides of its template "
                    + "where they differ from it (the \"!\" of §9.3).",
                    example = "{\"enable-voicemail\": \"true\", \"maximum-voicemails\": \"100\"}")
            Map<String, String> settings) {
        UserChange change() {
            return new UserChange(fullName, password, pin, requirePasswordChange, requirePinChange,
                    presence == null ? null : RequestFields.presence(presence), settings);
        }
    }

    @Schema(name = "PresenceRequest", description = "A user's new presence.", requiredProperties = {"presence"},
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record PresenceBody(@Schema(implementation = PresenceInput.class) String presence) {
    }

    @Schema(name = "TemplateApplicationRequest", description = "User Template Options (admin guide §9.4).",
            requiredProperties = {"mode"}, additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record TemplateApplicationBody(
            @Schema(description = "The user template to apply; \"System User (Default)\" when left out. An unknown "
                    + "name is refused as a bad field.", example = "Sales")
            String template,
            TemplateApplication mode) {
    }

    @Schema(name = "PasswordChangeRequest", description = "The logged-in user's own password change.",
            requiredProperties = {"current-password", "new-password"},
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record PasswordChangeBody(
            @Schema(description = "The logged-in user's current password.", format = "password")
            String currentPassword,
            @Schema(description = "The new password; must meet the password requirements (admin guide §8.1) and "
                    + "differ from the current one.", minLength = 4, maxLength = 128, format = "password")
            String newPassword) {
    }

    @Schema(name = "TemplateCopyRequest", description = "Copy an existing user template under a new name.",
            requiredProperties = {"source"}, additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record TemplateCopyBody(
            @Schema(description = "The name of the template to copy.", example = "System User (Default)")
            String source,
            @Schema(
                    description = "The new template's name, 1 to 128 characters; \"Copy of <source>\" when left out.",
                    example = "Sales", minLength = 1, maxLength = 128)
            String name) {
    }

    @Schema(name = "TemplateRequest",
            description = "The changes to a user template; fields left out stay as they are.",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record TemplateBody(
            @Schema(description = "A new name for the template, 1 to 128 characters.", minLength = 1,
                    maxLength = 128)
            String name,
            @Schema(description = "User template settings (admin guide §9.2), keyed in kebab-case, values as text: "
                    + "booleans \"true\"/\"false\", whole numbers in decimal, choices by kebab-case name, e.g. "
                    + "{\"enable-voicemail\": \"true\", \"maximum-voicemails\": \"100\", \"active-calls-display\": "
                    + "\"brief\"}. An unknown key or a value the setting does not take is refused as "
                    + "`settings.<key>`. Only the keys given are changed.",
                    example = "{\"enable-voicemail\": \"true\", \"maximum-voicemails\": \"100\"}")
            Map<String, String> settings) {
    }

    @Schema(name = "ExtensionRequest", description = "An extension as added (POST; number and kind are required) or "
            + "the changes to an extension (PUT; fields left out stay as they are).",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record ExtensionBody(
            @Schema(description = "The extension number: as many digits as the extension length (3 or 4, admin guide "
                    + "§7.1), inside the internal dial plan's extension range (§7.2). When changing: ignored: the "
                    + "path names the extension, and its number cannot be changed.", example = "101",
                    pattern = "^[0-9]{3,4}$")
            String number,
            @Schema(description = "User or system; required when adding. Ignored when changing: the kind of an "
                    + "extension cannot be changed.", schemaResolution = Schema.SchemaResolution.ALL_OF_REF)
            ExtensionKind kind,
            @Schema(description = "For a user extension, the login name of its user (required); a system extension "
                    + "has no owner. When changing: a new owner for a user extension: the login name of an existing "
                    + "user. Refused for a system extension.")
            String owner,
            @Schema(description = "A description of the extension, at most 128 characters.", maxLength = 128)
            String description) {
    }

    @Schema(name = "DialPlanRequest", description = "Changes to the internal dial plan (admin guide §7.2). Allworx "
            + "recommends choosing digits starting at the top of the table: when two functions' patterns would "
            + "collide, the lower one is named in the 400.",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record DialPlanBody(
            @Schema(description = "The new mode; the current one when left out. Switching mode starts from that "
                    + "mode's factory digits.", schemaResolution = Schema.SchemaResolution.ALL_OF_REF)
            DialPlanMode mode,
            @Schema(implementation = Docs.DialPlanDigits.class) Map<String, Integer> digits) {
    }

    @Schema(name = "ExtensionLengthRequest", description = "A new extension length (admin guide §7.1).",
            requiredProperties = {"extension-length"},
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record ExtensionLengthBody(
            @Schema(description = "The new Internal Extension Length: 3 or 4 digits (admin guide §7.1).")
            Integer extensionLength) {
    }

}
