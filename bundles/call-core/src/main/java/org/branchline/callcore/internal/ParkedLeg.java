package org.branchline.callcore.internal;

import java.util.concurrent.Future;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.Parked;

/** A leg waiting with music on hold. Its monitor guards {@code waiting} and {@code timer}. */
final class ParkedLeg implements Parked {
    private final Leg leg;
    private final String orbit;
    private boolean waiting = true;
    private Future<?> timer;

    ParkedLeg(Leg leg, String orbit) {
        this.leg = leg;
        this.orbit = orbit;
    }

    @Override
    public String orbit() {
        return orbit;
    }

    @Override
    public Leg leg() {
        return leg;
    }

    @Override
    public synchronized boolean waiting() {
        return waiting;
    }

    /** The timeout; cancelled at once when the wait ended before it was set. */
    void timer(Future<?> timeout) {
        synchronized (this) {
            if (waiting) {
                timer = timeout;
                return;
            }
        }
        timeout.cancel(false);
    }

    /** Ends the wait and its timer; true for the one caller that ended it. */
    boolean end() {
        Future<?> timeout;
        synchronized (this) {
            if (!waiting) {
                return false;
            }
            waiting = false;
            timeout = timer;
        }
        if (timeout != null) {
            timeout.cancel(false);
        }
        return true;
    }

    @Override
    public String toString() {
        return "parked " + leg.id() + " in " + orbit;
    }
}
