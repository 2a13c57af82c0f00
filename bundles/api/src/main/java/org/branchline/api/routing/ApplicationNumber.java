package org.branchline.api.routing;

import org.branchline.api.directory.DialPlanFunction;

/**
 * A number of the internal dial plan that reaches a call application (admin guide §7.2), kept as data: the
 * digits that lead {@code function} in the plan (e.g. "4", or "*4" in Extension mode), then {@code code}, then
 * what {@link Argument} says. A null {@code function} means {@code code} is dialed as it is (the "voicemail" key
 * of phones).
 *
 * @param instance which one of the application's instances answers ("1" of the auto attendants), or null
 */
public record ApplicationNumber(DialPlanFunction function, String code, Argument argument, String application,
        String instance, WhileAbsent whileAbsent) {

    /** What follows the code, and which extension the application is given. */
    public enum Argument {
        /** Nothing follows; the application gets no extension (the conference center). */
        NONE,
        /** Nothing follows; the application gets the caller's own extension (the Message Center, own mailbox). */
        OWN_EXTENSION,
        /** An existing extension follows and is given to the application (leave a voicemail for extension). */
        EXTENSION,
        /**
         * The number dialed is one of the plan's parking orbits (admin guide §29: 701-709, 4950-4999, behind '*' in
         * Extension mode) and is given to the application as it was dialed (call park retrieve).
         */
        PARKING_ORBIT
    }
}
