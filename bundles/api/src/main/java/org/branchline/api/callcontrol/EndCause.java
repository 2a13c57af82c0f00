package org.branchline.api.callcontrol;

import org.branchline.api.routing.WhileAbsent;

/** Why a leg ended. */
public enum EndCause {
    /** The party or the server hung up after the leg was answered. */
    NORMAL,
    /** Every phone reached was busy. */
    BUSY,
    /** Nobody answered within the ring time. */
    NO_ANSWER,
    /** The party declined, or nothing answers to the address. */
    REJECTED,
    /** The address has no phone, line or port reachable now (not registered, out of service, no provider). */
    UNREACHABLE,
    /** The server gave up before an answer (the caller hung up, another leg answered first). */
    CANCELLED,
    /**
     * Nobody answered and the extension's call route ends in voicemail (its Finally action): whoever placed the leg
     * may take its caller to the voicemail application ({@link CallControl#route} does).
     */
    VOICEMAIL,
    /** Signalling or media failed. */
    FAILED;

    /** How a call to an application's number ends while that application is absent, as the number declares. */
    public static EndCause whileAbsent(WhileAbsent answer) {
        return answer == WhileAbsent.BUSY ? BUSY : UNREACHABLE;
    }
}
