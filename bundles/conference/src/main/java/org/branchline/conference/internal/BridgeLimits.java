package org.branchline.conference.internal;

/**
 * How many conferences may run at once and how many callers each seats, asked whenever a bridge opens: the
 * configuration's numbers here; the server model's (licensing capacities CONFERENCE_BRIDGES and CONFERENCE_SEATS)
 * fit the same shape.
 */
public interface BridgeLimits {
    int bridges();

    int seats();

    /** The numbers of the configuration. */
    static BridgeLimits of(ConferenceSettings settings) {
        int bridges = Math.max(0, settings.bridges());
        int seats = Math.max(1, settings.seats());
        return new BridgeLimits() {
            @Override
            public int bridges() {
                return bridges;
            }

            @Override
            public int seats() {
                return seats;
            }
        };
    }
}
