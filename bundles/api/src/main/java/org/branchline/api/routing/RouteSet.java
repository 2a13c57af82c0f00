package org.branchline.api.routing;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The primary route and the On-Busy route of a presence (admin guide §18.1.4).
 *
 * @param onBusy null when busy is treated as no answer (the default)
 */
@Schema(name = "RouteSet", description = "The primary route and the On-Busy route.",
        requiredProperties = {"primary", "on-busy"})
public record RouteSet(
        CallRoute primary,
        @Schema(description = "null when busy is treated as no answer (the default).", nullable = true,
                schemaResolution = Schema.SchemaResolution.ALL_OF_REF)
        CallRoute onBusy) {
}
