package org.branchline.routing.internal.rules;

/** What a dialed string is, by the internal dial plan alone (whether its extension exists is asked later). */
public enum DigitKind {
    EXTENSION,
    OPERATOR,
    OUTSIDE_LINE,
    STATION,
    SPEED_DIAL,
    /** A number of a call application (the classification carries it). */
    APPLICATION,
    DO_NOT_DISTURB,
    FORWARD,
    /** A function of the plan Branchline does not offer yet; the argument names it. */
    UNAVAILABLE,
    /** Nothing of the plan; the argument is the digits. */
    UNKNOWN
}
