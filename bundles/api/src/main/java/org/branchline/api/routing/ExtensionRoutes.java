package org.branchline.api.routing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.branchline.api.directory.ExtensionKind;

/**
 * The call routes of an extension. A user extension has one entry per presence and follows its owner's
 * current presence; a system extension has the single entry IN_OFFICE.
 */
@Schema(name = "ExtensionRoutes", description = "The call routes of an extension: a user extension has one entry per "
        + "presence and follows its user's presence; a system extension has the single entry IN_OFFICE.",
        requiredProperties = {"extension", "kind", "presences"})
public record ExtensionRoutes(
        @Schema(description = "The extension number.", example = "101") String extension,
        ExtensionKind kind,
        @Schema(description = "The routes of each of the seven presences.") List<PresenceRoutes> presences) {
    public ExtensionRoutes {
        presences = List.copyOf(presences);
    }
}
