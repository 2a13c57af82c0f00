package org.branchline.media.internal.rtp;

/**
 * Turns received RFC 4733 packets into digits, each once. A digit is reported at the first packet seen with a new
 * event timestamp, whether that is the start, a later update (the start was lost) or only an end packet;
 * repeated updates and end packets with that timestamp, and stray packets of older events, are ignored.
 */
public final class TelephoneEventReceiver {
    private boolean any;
    private long lastTimestamp;

    /** The new digit, or null. */
    public Character receive(long rtpTimestamp, byte[] payload, int offset, int length) {
        if (length < TelephoneEvents.PAYLOAD_BYTES) {
            return null;
        }
        Character digit = TelephoneEvents.digit(TelephoneEvents.event(payload, offset));
        if (digit == null || any && (int) (rtpTimestamp - lastTimestamp) <= 0) {
            return null;
        }
        any = true;
        lastTimestamp = rtpTimestamp;
        return digit;
    }

    /** Forgets the last event, for a new stream. */
    public void reset() {
        any = false;
    }
}
