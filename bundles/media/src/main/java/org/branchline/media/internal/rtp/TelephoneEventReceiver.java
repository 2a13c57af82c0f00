package org.branchline.media.internal.rtp;

/**
 * Turns received RFC 4733 packets into digits, each once. A digit is reported at the first packet seen with a new
 * event timestamp, whether that is the start, a later update (the start was lost) or only an end packet;
 * repeated updates and end packets with that timestamp, and stray packets of older events, are ignored. A sender
 * that gives the next event the timestamp of the last one (some phones do when digits follow without audio in
 * between) still has it counted, as does a new stream (another SSRC: the phone restarted its RTP).
 */
public final class TelephoneEventReceiver {
    private boolean any;
    private int ssrc;
    private long lastTimestamp;
    private int lastEvent;

    /** The new digit, or null. */
    public Character receive(int packetSsrc, long rtpTimestamp, byte[] payload, int offset, int length) {
        if (length < TelephoneEvents.PAYLOAD_BYTES) {
            return null;
        }
        int event = TelephoneEvents.event(payload, offset);
        Character digit = TelephoneEvents.digit(event);
        if (digit == null || any && packetSsrc == ssrc && !isNew(rtpTimestamp, event)) {
            return null;
        }
        any = true;
        ssrc = packetSsrc;
        lastTimestamp = rtpTimestamp;
        lastEvent = event;
        return digit;
    }

    private boolean isNew(long rtpTimestamp, int event) {
        int age = (int) (rtpTimestamp - lastTimestamp);
        return age > 0 || age == 0 && event != lastEvent;
    }
}
