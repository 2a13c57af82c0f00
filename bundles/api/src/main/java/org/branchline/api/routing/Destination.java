package org.branchline.api.routing;

/**
 * One destination of a connection attempt: what to ring and for how many rings.
 *
 * @param target the station number (CALL_APPEARANCE), extension (USER_EXTENSION) or outside number (FOLLOW_ME)
 */
public record Destination(DestinationKind kind, String target, int rings) {
    /** The ring period the server counts rings in. */
    public static final int RING_SECONDS = 6;
    public static final int DEFAULT_RINGS = 4;
    public static final int MAX_RINGS = 20;

    public int ringSeconds() {
        return rings * RING_SECONDS;
    }
}
