package org.branchline.api.routing;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One destination of a connection attempt: what to ring and for how many rings.
 *
 * @param target the station number (CALL_APPEARANCE), extension (USER_EXTENSION) or outside number (FOLLOW_ME)
 */
@Schema(name = "Destination",
        description = "One destination of a connection attempt: what to ring, for how many rings (6 s each).",
        requiredProperties = {"kind", "target", "rings"})
public record Destination(
        DestinationKind kind,
        @Schema(description = "The station number (CALL_APPEARANCE), extension (USER_EXTENSION) or outside number "
                + "(FOLLOW_ME).", example = "5100")
        String target,
        @Schema(description = "Rings, 6 seconds each.", example = "4", minimum = "1", maximum = "20") int rings) {
    /** The ring period the server counts rings in. */
    public static final int RING_SECONDS = 6;
    public static final int DEFAULT_RINGS = 4;
    public static final int MAX_RINGS = 20;

    public int ringSeconds() {
        return rings * RING_SECONDS;
    }
}
