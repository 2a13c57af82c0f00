package org.branchline.api.routing;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A system speed dial (admin guide §18.6).
 *
 * @param number what is dialed, e.g. 350 or *250 (per the internal dial plan)
 * @param dial what the server dials instead: an extension or an outside number
 */
@Schema(name = "SpeedDial", description = "A system speed dial.",
        requiredProperties = {"number", "description", "dial"})
public record SpeedDial(
        @Schema(description = "What is dialed, per the internal dial plan: 350-399 / 34000-34999 (Normal mode), "
                + "*250-*299 / *24000-*24999 (Extension mode).", example = "350")
        String number,
        @Schema(description = "Description.", example = "Pizza", nullable = true) String description,
        @Schema(description = "What the server dials instead: an extension or an outside number.",
                example = "95551234")
        String dial) {
}
