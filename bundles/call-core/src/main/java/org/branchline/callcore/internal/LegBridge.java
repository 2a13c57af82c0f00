package org.branchline.callcore.internal;

import org.branchline.api.callcontrol.Bridge;
import org.branchline.api.callcontrol.Leg;

/** Two legs in conversation. Its monitor guards {@code active}, which turns false once. */
final class LegBridge implements Bridge {
    private final Leg a;
    private final Leg b;
    private boolean active = true;

    LegBridge(Leg a, Leg b) {
        this.a = a;
        this.b = b;
    }

    @Override
    public Leg a() {
        return a;
    }

    @Override
    public Leg b() {
        return b;
    }

    @Override
    public Leg other(Leg leg) {
        if (leg.equals(a)) {
            return b;
        }
        if (leg.equals(b)) {
            return a;
        }
        throw new IllegalArgumentException("leg " + leg.id() + " is not in this bridge");
    }

    @Override
    public synchronized boolean active() {
        return active;
    }

    /** Ends the bridge; true for the one caller that ended it. */
    synchronized boolean finish() {
        boolean was = active;
        active = false;
        return was;
    }

    @Override
    public String toString() {
        return "bridge " + a.id() + " - " + b.id();
    }
}
