package org.branchline.api.callcontrol;

/** A leg waiting alone with music on hold ({@link CallControl#park}) until it is retrieved, times out or hangs up. */
public interface Parked {
    Leg leg();

    /** Where it waits, e.g. "701". */
    String orbit();

    /** True until retrieved, timed out or hung up. */
    boolean waiting();
}
