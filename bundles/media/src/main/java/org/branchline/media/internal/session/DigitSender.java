package org.branchline.media.internal.session;

import java.util.concurrent.ConcurrentLinkedQueue;
import org.branchline.media.internal.dsp.ToneGenerator;

/**
 * Digits the server sends to a phone: as RFC 4733 events (100 ms of event, the end packet three times, one
 * RTP timestamp per event) or, when the phone offered no telephone-event, as 100 ms of DTMF tone and 60 ms
 * of silence in the audio.
 */
final class DigitSender {
    private static final int EVENT_PACKETS = 5;
    private static final int END_PACKETS = 3;
    private static final int TONE_FRAMES = 5;
    private static final int GAP_FRAMES = 3;
    private static final String EVENTS = "0123456789*#ABCD";
    private final ConcurrentLinkedQueue<Character> queued = new ConcurrentLinkedQueue<>();
    private final ToneGenerator tones = new ToneGenerator();
    private Character current;
    private int packet;
    private long start;

    void queue(char digit) {
        if (EVENTS.indexOf(Character.toUpperCase(digit)) >= 0) {
            queued.add(Character.toUpperCase(digit));
        }
    }

    /** The event packet due now, or null when no digit is being sent. */
    Event nextEvent(long timestamp) {
        if (current == null && !begin()) {
            return null;
        }
        if (packet == 0) {
            start = timestamp;
        }
        int n = packet++;
        boolean end = n >= EVENT_PACKETS - 1;
        Event event = new Event(EVENTS.indexOf(current), n == 0, end, Math.min(n + 1, EVENT_PACKETS) * 160, start);
        if (n == EVENT_PACKETS - 1 + END_PACKETS - 1) {
            current = null;
        }
        return event;
    }

    /** Replaces the frame with a digit's tone (or silence between digits); false when no digit is sent. */
    boolean inband(short[] frame) {
        if (current == null && !begin()) {
            return false;
        }
        int n = packet++;
        if (n < TONE_FRAMES) {
            tones.dtmf(current, frame);
        } else {
            java.util.Arrays.fill(frame, (short) 0);
        }
        if (n == TONE_FRAMES + GAP_FRAMES - 1) {
            current = null;
        }
        return true;
    }

    private boolean begin() {
        current = queued.poll();
        packet = 0;
        return current != null;
    }

    /** One RFC 4733 packet: event code, end bit, volume 10 (-10 dBm0), duration in timestamp units. */
    record Event(int code, boolean first, boolean end, int duration, long timestamp) {
        int write(byte[] out, int at) {
            out[at] = (byte) code;
            out[at + 1] = (byte) ((end ? 0x80 : 0) | 10);
            out[at + 2] = (byte) (duration >> 8);
            out[at + 3] = (byte) duration;
            return 4;
        }
    }
}
