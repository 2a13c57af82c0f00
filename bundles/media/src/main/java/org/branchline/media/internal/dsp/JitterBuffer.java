package org.branchline.media.internal.dsp;

import java.util.Arrays;

/**
 * Puts received RTP payloads back in sequence order for a 20 ms playout clock. Payloads are copied into a ring of
 * slots. Playout starts once a packet has waited {@code depthFrames} polls; a poll then returns the next sequence
 * number's payload, or nothing for a lost one and moves on. When the buffer runs dry it stops and waits
 * {@code depthFrames} again (so a sender pausing, e.g. silence suppression, resumes cleanly). Packets already
 * played out and duplicates are dropped; a packet too far ahead pushes the oldest out; a jump of more than
 * {@value #JUMP} sequence numbers either way restarts the buffer, as does {@link #reset()} (a new SSRC).
 */
public final class JitterBuffer {
    static final int JUMP = 100;
    private static final int MAX_CAPACITY = 64;

    private final int depth;
    private final int mask;
    private final byte[][] slots;
    private final int[] lengths;
    private final long[] timestamps;
    private boolean started;
    private boolean playing;
    private boolean begun;
    private int waited;
    private int next;
    private int newest;
    private int buffered;
    private long timestamp;
    private long lost;
    private long dropped;

    /**
     * @param depthFrames playout delay in 20 ms frames
     * @param capacityFrames frames held at most, rounded up to a power of two (at least {@code depthFrames} + 1,
     *        at most 64)
     * @param maxPayloadBytes the largest payload kept; larger ones are dropped
     */
    public JitterBuffer(int depthFrames, int capacityFrames, int maxPayloadBytes) {
        int capacity = Integer.highestOneBit(Math.max(depthFrames + 1, capacityFrames) * 2 - 1);
        this.depth = Math.max(1, depthFrames);
        this.mask = Math.min(capacity, MAX_CAPACITY) - 1;
        this.slots = new byte[mask + 1][maxPayloadBytes];
        this.lengths = new int[mask + 1];
        this.timestamps = new long[mask + 1];
        reset();
    }

    /** A buffer of {@code depthFrames} holding up to 16 frames (more if the depth needs) of up to 320 bytes. */
    public JitterBuffer(int depthFrames) {
        this(depthFrames, Math.max(16, 2 * depthFrames), 320);
    }

    /** Empties the buffer; the next packet starts a new stream. */
    public void reset() {
        Arrays.fill(lengths, -1);
        started = false;
        playing = false;
        begun = false;
        waited = 0;
        buffered = 0;
    }

    public void put(int seq, long rtpTimestamp, byte[] payload, int offset, int length) {
        seq &= 0xFFFF;
        if (length > slots[0].length || length < 0) {
            dropped++;
            return;
        }
        if (!started || Math.abs(distance(next, seq)) > JUMP) {
            reset();
            started = true;
            next = seq;
            newest = seq;
        }
        if (distance(next, seq) < 0 && !rewind(seq)) {
            dropped++;
            return;
        }
        makeRoomFor(seq);
        store(seq, rtpTimestamp, payload, offset, length);
    }

    private static int distance(int from, int to) {
        return (short) (to - from);
    }

    /** Before the first frame is played out, an earlier packet moves the start back if it fits. */
    private boolean rewind(int seq) {
        if (begun || distance(seq, newest) > mask) {
            return false;
        }
        next = seq;
        return true;
    }

    private void makeRoomFor(int seq) {
        while (distance(next, seq) > mask) {
            if (clear(next & mask)) {
                dropped++;
            }
            next = (next + 1) & 0xFFFF;
        }
    }

    private void store(int seq, long rtpTimestamp, byte[] payload, int offset, int length) {
        int slot = seq & mask;
        if (lengths[slot] >= 0) {
            dropped++;
            return;
        }
        System.arraycopy(payload, offset, slots[slot], 0, length);
        lengths[slot] = length;
        timestamps[slot] = rtpTimestamp;
        buffered++;
        if (distance(newest, seq) > 0) {
            newest = seq;
        }
    }

    private boolean clear(int slot) {
        if (lengths[slot] < 0) {
            return false;
        }
        lengths[slot] = -1;
        buffered--;
        return true;
    }

    /** Called once per 20 ms: copies the next frame into {@code out} and returns its length, or −1 for none. */
    public int poll(byte[] out) {
        if (!playing) {
            if (buffered == 0 || ++waited < depth) {
                return -1;
            }
            playing = true;
            begun = true;
        }
        if (buffered == 0) {
            playing = false;
            waited = 0;
            return -1;
        }
        int slot = next & mask;
        next = (next + 1) & 0xFFFF;
        int length = lengths[slot];
        if (length < 0) {
            lost++;
            return -1;
        }
        System.arraycopy(slots[slot], 0, out, 0, length);
        timestamp = timestamps[slot];
        clear(slot);
        return length;
    }

    /** The RTP timestamp of the frame the last successful poll returned. */
    public long timestamp() {
        return timestamp;
    }

    /** Frames waiting. */
    public int size() {
        return buffered;
    }

    /** Polls that found their frame missing while others were waiting. */
    public long lost() {
        return lost;
    }

    /** Packets dropped: late, duplicate, too large, or pushed out by newer ones. */
    public long dropped() {
        return dropped;
    }
}
