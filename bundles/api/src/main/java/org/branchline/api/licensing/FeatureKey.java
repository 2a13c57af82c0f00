package org.branchline.api.licensing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * An installed feature key (admin guide §3.3).
 *
 * @param features what the key grants, with counts (1 for features that are on or off)
 * @param expires the last day the key is valid, or null when it never expires
 */
@Schema(name = "FeatureKey", description = "An installed feature key (admin guide §3.3).",
        requiredProperties = {"id", "server-id", "features", "issued", "expires", "installed", "state"})
public record FeatureKey(
        @Schema(description = "Key-Id.", example = "2026-0001") String id,
        @Schema(description = "The server it was issued for.", example = "BL-7F3A-91C2-0D4E") String serverId,
        @Schema(description = "What the key grants, keyed by LicensedFeature name: a count for counted features, 1 "
                + "for the others.", example = "{\"CONFERENCE_CENTER\": 1, \"GENERIC_SIP_HANDSETS\": 10}")
        Map<LicensedFeature, Integer> features,
        @Schema(description = "The day it was issued.", example = "2026-11-23") LocalDate issued,
        @Schema(description = "Its last valid day; null when it never expires.", example = "2027-11-23",
                nullable = true)
        LocalDate expires,
        @Schema(description = "When it was installed on this server.") Instant installed,
        State state) {
    public FeatureKey {
        features = Map.copyOf(features);
    }

    @Schema(name = "FeatureKeyState",
            description = "ACTIVE while valid; EXPIRED after its last day (what it licensed has stopped).",
            enumAsRef = true)
    public enum State { ACTIVE, EXPIRED }
}
