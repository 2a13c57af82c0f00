package org.branchline.api.callcontrol;

/** Two legs in conversation: each one's media goes to the other; when one ends, the other is hung up. */
public interface Bridge {
    Leg a();

    Leg b();

    /** The other leg of {@code leg}. */
    Leg other(Leg leg);

    /** True until a leg ended or the bridge was undone. */
    boolean active();
}
