package org.branchline.api.licensing;

import io.swagger.v3.oas.annotations.media.Schema;

/** What identifies this server to the key vendor: its id, model and running release. */
@Schema(name = "ServerIdentity", description = "What identifies this server to the key vendor.",
        requiredProperties = {"server-id", "model", "version"})
public record ServerIdentity(
        @Schema(description = "Created at first boot; keys are issued for it.", example = "BL-7F3A-91C2-0D4E")
        String serverId,
        @Schema(description = "The server model (admin guide §1.3): 6x12, 6x, 24x or 48x.", example = "24x")
        String model,
        @Schema(description = "The running release (version of feature branchline-base).", example = "1.2.0")
        String version) {
}
