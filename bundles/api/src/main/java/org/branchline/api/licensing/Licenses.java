package org.branchline.api.licensing;

import org.branchline.api.admin.ConflictException;

/**
 * What this server is licensed for right now: its model and its valid (installed, unexpired) feature keys.
 * Subsystems ask before they add something counted, and call applications before they take a call.
 */
public interface Licenses {
    /** The id created at first boot that keys are bound to. */
    String serverId();

    ServerModel model();

    /** True when a valid key for {@code feature} is installed (for counted features: a count above zero). */
    boolean licensed(LicensedFeature feature);

    /** The number allowed now: the model's base raised by keys, never above the model's maximum. */
    int limit(Capacity capacity);

    /**
     * Refuses one more of {@code capacity} when {@code used} already reaches the limit; the message names the
     * key that would raise it.
     */
    default void requireRoomFor(Capacity capacity, int used) throws ConflictException {
        int limit = limit(capacity);
        if (used >= limit) {
            throw LicenseLimits.reached(capacity, limit, model(), capacity.expandedBy());
        }
    }
}
