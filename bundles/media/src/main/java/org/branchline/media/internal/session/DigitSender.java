package org.branchline.media.internal.session;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.branchline.media.internal.dsp.ToneGenerator;
import org.branchline.media.internal.rtp.TelephoneEventSender;
import org.branchline.media.internal.rtp.TelephoneEvents;

/**
 * Digits the server sends to a phone: as RFC 4733 events (100 ms each, two silent ticks between digits) or,
 * when the phone offered no telephone-event, as 100 ms of DTMF tone and 60 ms of silence in the audio.
 */
final class DigitSender {
    private static final int TONE_MILLIS = 100;
    private static final int TONE_FRAMES = 5;
    private static final int GAP_FRAMES = 3;
    private final ConcurrentLinkedQueue<Character> queued = new ConcurrentLinkedQueue<>();
    private final TelephoneEventSender events = new TelephoneEventSender(TONE_MILLIS);
    private final ToneGenerator tones = new ToneGenerator(-8);
    private Character inbandDigit;
    private int frame;
    private int gap;

    void queue(char digit) {
        char d = Character.toUpperCase(digit);
        if (TelephoneEvents.event(d) >= 0) {
            queued.add(d);
        }
    }

    /** Writes this tick's event payload at {@code offset}: its length, or -1 when no digit is being sent. */
    int nextEvent(byte[] out, int offset, long timestamp) {
        if (!events.active()) {
            Character next = gap > 0 ? null : queued.poll();
            if (next == null) {
                gap = Math.max(0, gap - 1);
                return -1;
            }
            events.start(next, timestamp);
        }
        events.next(out, offset);
        if (!events.active()) {
            gap = 2;
        }
        return TelephoneEvents.PAYLOAD_BYTES;
    }

    boolean marker() {
        return events.marker();
    }

    long timestamp() {
        return events.timestamp();
    }

    /** True while a digit waits or is being sent in-band. */
    boolean sending() {
        return inbandDigit != null || !queued.isEmpty();
    }

    /** Replaces the frame with a digit's tone (or the silence after it); false when no digit is sent. */
    boolean inband(short[] out) {
        if (inbandDigit == null) {
            inbandDigit = queued.poll();
            frame = 0;
            if (inbandDigit == null) {
                return false;
            }
        }
        if (frame < TONE_FRAMES) {
            tones.dtmf(inbandDigit, out);
        } else {
            Arrays.fill(out, (short) 0);
        }
        if (++frame == TONE_FRAMES + GAP_FRAMES) {
            inbandDigit = null;
        }
        return true;
    }
}
