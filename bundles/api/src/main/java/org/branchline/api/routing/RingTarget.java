package org.branchline.api.routing;

/** One call appearance to ring, by station number, and for how long. */
public record RingTarget(String userId, int rings) {
    public int ringSeconds() {
        return rings * Destination.RING_SECONDS;
    }
}
