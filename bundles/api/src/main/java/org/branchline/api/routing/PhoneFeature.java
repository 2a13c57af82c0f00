package org.branchline.api.routing;

/** Call functions dialed from a phone (admin guide §7.2 digits). */
public enum PhoneFeature {
    /** No longer dialed: 700 reaches the call-park application (a {@link Dialed.Application}). */
    @Deprecated
    PARK,
    /** No longer dialed: the orbits (701-709, 4950-4999) reach the call-park-retrieve application. */
    @Deprecated
    RETRIEVE,
    /** No longer dialed: 7 + extension reaches the call-pickup application, the extension as its argument. */
    @Deprecated
    PICKUP,
    /** 45 + extension: forward the caller's phone to the extension; 45 + its own extension cancels. */
    FORWARD,
    /** 42n: do not disturb on (421) or off (420) for the caller's phone. */
    DO_NOT_DISTURB
}
