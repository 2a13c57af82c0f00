package org.branchline.api.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A user template (admin guide §9.1–9.2).
 *
 * @param editable false for "System User (Default)"
 * @param users the users this template was last applied to
 */
@Schema(name = "UserTemplate", description = "A user template (admin guide §9.1–9.2): a named set of user settings "
        + "applied to users with Set or Merge.", requiredProperties = {"name", "editable", "settings", "users"})
public record UserTemplate(
        @Schema(description = "The template's name, 1 to 128 characters.", example = "System User (Default)")
        String name,
        @Schema(description = "False for \"System User (Default)\", which holds the factory defaults and can only be "
                + "copied.")
        boolean editable,
        @Schema(description = "The template's settings (admin guide §9.2), keyed in kebab-case, values as text.",
                example = "{\"enable-voicemail\": \"true\", \"maximum-voicemails\": \"100\"}")
        Map<String, String> settings,
        @Schema(description = "Login names of the users this template was last applied to.") List<String> users) {
    public static final String SYSTEM_DEFAULT = "System User (Default)";
}
