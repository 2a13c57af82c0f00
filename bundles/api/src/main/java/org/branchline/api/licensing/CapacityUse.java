package org.branchline.api.licensing;

/**
 * A subsystem's count of one capacity in use (users, generic SIP handsets...), registered as a service so
 * that the feature key list can show installed and used side by side.
 */
public interface CapacityUse {
    Capacity capacity();

    int used();
}
