package org.branchline.update;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/**
 * One update: its archive, the feature versions it brings, when it was asked for and activated.
 *
 * @param kind PATCH within the running release, UPGRADE to a newer one
 * @param activated when it was activated, or null while scheduled (or when it failed)
 * @param outcome "scheduled", "applied", "cancelled" or why it failed
 */
@Schema(name = "Update", description = "One software update (admin guide §4).",
        requiredProperties = {"id", "file-name", "version", "kind", "features", "requested", "activate-at",
                "activated", "outcome"})
public record Update(
        @Schema(description = "The update's id.", example = "5f0c2a9e-8f5d-4a53-b1f7-2f1c3b4d5e6f") String id,
        @Schema(description = "The archive's name as uploaded.", example = "branchline-1.2.3.kar") String fileName,
        @Schema(description = "The newest feature version it brings.", example = "1.2.3") String version,
        Kind kind,
        @Schema(description = "The features it updates and their new versions, by feature name.",
                example = "{\"branchline-sip\": \"1.2.3\"}")
        Map<String, String> features,
        @Schema(description = "When it was uploaded.") Instant requested,
        @Schema(description = "When it is (or was) to be activated.") Instant activateAt,
        @Schema(description = "When it was activated; null while scheduled, or when it failed or was cancelled.",
                nullable = true)
        Instant activated,
        @Schema(description = "`scheduled`, `applying`, `applied`, `cancelled`, or `failed: ` and why.",
                example = "applied")
        String outcome) {
    public Update {
        features = Map.copyOf(features);
    }

    @Schema(name = "UpdateKind", description = "PATCH within the running release (same major.minor, no key needed); "
            + "UPGRADE to a newer release (needs the Software Upgrade feature key).", enumAsRef = true)
    public enum Kind { PATCH, UPGRADE }
}
