package org.branchline.api.routing;

import io.swagger.v3.oas.annotations.media.Schema;

/** @param extension the transfer target or the voicemail inbox; null for HANG_UP */
@Schema(name = "FinalAction", description = "The Finally route.", requiredProperties = {"kind"})
public record FinalAction(
        FinalActionKind kind,
        @Schema(description = "The transfer target or the voicemail inbox; null for HANG_UP.", example = "101",
                nullable = true)
        String extension) {
    public static FinalAction hangUp() {
        return new FinalAction(FinalActionKind.HANG_UP, null);
    }
}
