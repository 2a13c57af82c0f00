package org.branchline.sip.internal.event;

/**
 * One dialog of a call appearance as the dialog event package shows it (RFC 4235).
 *
 * @param direction "initiator" (the appearance called) or "recipient" (it is called)
 * @param remote the other party's number, e.g. the caller of a ringing call
 */
public record DialogState(String callId, String state, String direction, String remote, String remoteName) {
    public static final String EARLY = "early";
    public static final String CONFIRMED = "confirmed";
    public static final String TERMINATED = "terminated";
}
