package org.branchline.media.internal.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JitterBufferTest {
    private final JitterBuffer buffer = new JitterBuffer(3);
    private final byte[] out = new byte[320];

    private void put(int... sequences) {
        for (int seq : sequences) {
            byte[] payload = new byte[160];
            payload[0] = (byte) seq;
            payload[1] = (byte) (seq >> 8);
            buffer.put(seq, seq * 160L, payload, 0, 160);
        }
    }

    /** What {@code ticks} polls give: sequence numbers, −1 for nothing. */
    private List<Integer> poll(int ticks) {
        List<Integer> got = new ArrayList<>();
        for (int t = 0; t < ticks; t++) {
            int length = buffer.poll(out);
            got.add(length < 0 ? -1 : (out[0] & 0xFF) | (out[1] & 0xFF) << 8);
        }
        return got;
    }

    @Test
    void playoutStartsAfterTheDepth() {
        assertEquals(List.of(-1, -1), poll(2));
        put(10);
        assertEquals(List.of(-1, -1), poll(2));
        put(11, 12);
        assertEquals(List.of(10, 11, 12), poll(3));
        assertEquals(12 * 160L, buffer.timestamp());
    }

    @Test
    void reorderedPacketsComeOutInOrder() {
        put(5, 7, 6, 9, 8);
        assertEquals(List.of(-1, -1, 5, 6, 7, 8, 9), poll(7));
    }

    @Test
    void anEarlierPacketBeforePlayoutMovesTheStartBack() {
        put(6, 5);
        assertEquals(List.of(-1, -1, 5, 6), poll(4));
    }

    @Test
    void duplicatesAreDropped() {
        put(1, 1, 2, 2, 3);
        assertEquals(List.of(-1, -1, 1, 2, 3, -1), poll(6));
        assertEquals(2, buffer.dropped());
    }

    @Test
    void aLostPacketIsAGapAndPlayoutMovesOn() {
        put(1, 2, 4, 5);
        assertEquals(List.of(-1, -1, 1, 2, -1, 4, 5), poll(7));
        assertEquals(1, buffer.lost());
    }

    @Test
    void aLatePacketIsDropped() {
        put(1, 2, 4, 5);
        poll(5);
        put(3);
        assertEquals(List.of(4, 5), poll(2));
        assertEquals(1, buffer.dropped());
    }

    @Test
    void sequenceNumbersWrap() {
        put(65534, 0, 65535, 1);
        assertEquals(List.of(-1, -1, 65534, 65535, 0, 1), poll(6));
    }

    @Test
    void aBigJumpRestarts() {
        put(1, 2, 3);
        assertEquals(List.of(-1, -1, 1), poll(3));
        put(5000, 5001, 5002);
        assertEquals(List.of(-1, -1, 5000, 5001), poll(4));
    }

    @Test
    void resetStartsANewStream() {
        put(100, 101);
        buffer.reset();
        assertEquals(0, buffer.size());
        put(7, 8);
        assertEquals(List.of(-1, -1, 7, 8), poll(4));
    }

    @Test
    void overrunDropsTheOldest() {
        for (int seq = 0; seq < 40; seq++) {
            put(seq);
        }
        assertEquals(16, buffer.size());
        assertEquals(24, buffer.dropped());
        assertEquals(List.of(-1, -1, 24, 25), poll(4));
    }

    @Test
    void afterRunningDryItRebuffersAndKeepsTheSequence() {
        put(1, 2);
        assertEquals(List.of(-1, -1, 1, 2, -1, -1, -1, -1), poll(8));
        put(3);
        put(4);
        assertEquals(List.of(-1, -1, 3, 4), poll(4));
        assertEquals(0, buffer.lost());
    }

    @Test
    void aRepeatOfAPlayedPacketWhileRebufferingIsNotPlayedAgain() {
        put(1, 2);
        poll(5);
        put(2, 3, 4);
        assertEquals(List.of(-1, -1, 3, 4), poll(4));
    }

    @Test
    void aSteadyStreamPlaysWithConstantDelay() {
        List<Integer> got = new ArrayList<>();
        for (int seq = 0; seq < 100; seq++) {
            put(seq);
            got.addAll(poll(1));
        }
        for (int seq = 2; seq < 100; seq++) {
            assertEquals(seq - 2, got.get(seq));
        }
    }

    @Test
    void oversizedPayloadsAreDropped() {
        buffer.put(1, 0, new byte[400], 0, 400);
        assertEquals(0, buffer.size());
        assertEquals(1, buffer.dropped());
    }
}
