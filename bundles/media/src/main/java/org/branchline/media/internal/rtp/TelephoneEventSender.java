package org.branchline.media.internal.rtp;

/**
 * Sends one DTMF digit as RFC 4733 events, one packet per 20 ms tick: the first with the marker bit, all with the
 * event's start timestamp and a duration growing by 160 per packet until the tone length, then the end packet
 * three times. The engine sends each packet with its next sequence number; between two digits it should let a
 * tick or more pass and start the next digit with a later timestamp.
 */
public final class TelephoneEventSender {
    private static final int SAMPLES_PER_TICK = 160;
    private static final int END_REPEATS = 3;
    private static final int MAX_TICKS = 0xFFFF / SAMPLES_PER_TICK;

    private final int toneSamples;
    private int event = -1;
    private long timestamp;
    private int sent;
    private int endsSent;
    private boolean marker;

    /** {@code toneMillis} is rounded up to whole 20 ms ticks. */
    public TelephoneEventSender(int toneMillis) {
        int ticks = Math.max(1, Math.min(MAX_TICKS, (toneMillis + 19) / 20));
        this.toneSamples = ticks * SAMPLES_PER_TICK;
    }

    /** Starts sending {@code digit} with the given RTP timestamp, abandoning a digit still in progress. */
    public void start(char digit, long rtpTimestamp) {
        int code = TelephoneEvents.event(digit);
        if (code < 0) {
            throw new IllegalArgumentException("not a DTMF digit: " + digit);
        }
        event = code;
        timestamp = rtpTimestamp;
        sent = 0;
        endsSent = 0;
    }

    /** True while there are packets left to send. */
    public boolean active() {
        return event >= 0;
    }

    /**
     * Writes this tick's 4-byte payload; false when no digit is in progress. Check {@link #marker()} and
     * {@link #timestamp()} for the RTP header.
     */
    public boolean next(byte[] payload, int offset) {
        if (event < 0) {
            return false;
        }
        boolean end = sent == toneSamples;
        if (end) {
            endsSent++;
        } else {
            sent += SAMPLES_PER_TICK;
        }
        TelephoneEvents.write(payload, offset, event, end, TelephoneEvents.VOLUME, sent);
        marker = sent == SAMPLES_PER_TICK && !end;
        if (endsSent == END_REPEATS) {
            event = -1;
        }
        return true;
    }

    /** Whether the packet just written starts the event. */
    public boolean marker() {
        return marker;
    }

    /** The RTP timestamp of the packets of the current (or just finished) event. */
    public long timestamp() {
        return timestamp;
    }
}
