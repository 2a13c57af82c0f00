package org.branchline.conference.internal;

/** How many conferences may run at once and how many callers each seats, asked whenever a bridge opens. */
public interface Capacity {
    int bridges();

    int seats();

    /** The numbers of the configuration. */
    static Capacity of(ConferenceSettings settings) {
        int bridges = Math.max(0, settings.bridges());
        int seats = Math.max(1, settings.seats());
        return new Capacity() {
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
