package org.branchline.api.routing;

/** What a caller hears while the application a number reaches is not installed (or not licensed). */
public enum WhileAbsent {
    /** A busy signal (SIP 486): voicemail, the conference center. */
    BUSY,
    /** The number is unavailable for now (SIP 480). */
    UNAVAILABLE
}
