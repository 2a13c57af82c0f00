package org.branchline.api.directory;

import io.swagger.v3.oas.annotations.media.Schema;

/** An extension number; {@code owner} is the user's login name for a user extension, null for a system one. */
@Schema(name = "Extension",
        description = "A user or system extension (Phone System > Extensions, admin guide §18.1).",
        requiredProperties = {"number", "kind", "owner", "description"})
public record Extension(
        @Schema(description = "The extension number: as many digits as the extension length (3 or 4, admin guide "
                + "§7.1), inside the internal dial plan's extension range (§7.2).", example = "101",
                pattern = "^[0-9]{3,4}$")
        String number,
        ExtensionKind kind,
        @Schema(description = "The login name of the user owning a user extension; null for a system extension.",
                nullable = true)
        String owner,
        @Schema(description = "A description of the extension, at most 128 characters.", maxLength = 128)
        String description) {
}
