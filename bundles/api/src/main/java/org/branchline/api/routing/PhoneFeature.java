package org.branchline.api.routing;

/** Call functions dialed from a phone (admin guide §7.2 digits). */
public enum PhoneFeature {
    /** 700: park into the lowest free orbit. */
    PARK,
    /** 701-709, 4950-4999: retrieve the call in that orbit (the argument). */
    RETRIEVE,
    /** 7 + extension: answer the call ringing at that extension (the argument). */
    PICKUP,
    /** 45 + extension: forward the caller's phone to the extension; 45 + its own extension cancels. */
    FORWARD,
    /** 42n: do not disturb on (421) or off (420) for the caller's phone. */
    DO_NOT_DISTURB
}
