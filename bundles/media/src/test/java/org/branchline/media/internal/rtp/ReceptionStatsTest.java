package org.branchline.media.internal.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReceptionStatsTest {
    private static final long TICK = 20_000_000L;
    private final ReceptionStats stats = new ReceptionStats();

    private boolean arrive(int seq, long tick) {
        return stats.update(seq & 0xFFFF, seq * 160L, tick * TICK, 8000);
    }

    @Test
    void theFirstPacketIsProbation() {
        assertFalse(arrive(10, 0));
        assertTrue(arrive(11, 1));
        assertEquals(1, stats.received());
        assertEquals(1, stats.expected());
    }

    @Test
    void lossAndFractionPerInterval() {
        for (int seq = 0; seq < 101; seq++) {
            if (seq < 51 || seq % 2 == 0) {
                arrive(seq, seq);
            }
        }
        assertEquals(100, stats.expected());
        assertEquals(25, stats.cumulativeLost());
        assertEquals(25 * 256 / 100, stats.fractionLost());
        for (int seq = 101; seq < 151; seq++) {
            arrive(seq, seq);
        }
        assertEquals(0, stats.fractionLost());
        assertEquals(25, stats.cumulativeLost());
    }

    @Test
    void duplicatesMakeLossNegativeAndFractionZero() {
        arrive(0, 0);
        for (int seq = 1; seq < 10; seq++) {
            arrive(seq, seq);
            arrive(seq, seq);
        }
        assertEquals(-9, stats.cumulativeLost());
        assertEquals(0, stats.fractionLost());
    }

    @Test
    void sequenceWrapCountsCycles() {
        for (int seq = 65530; seq < 65540; seq++) {
            arrive(seq, seq);
        }
        assertEquals(65536 + 3, stats.extendedHighestSequence());
        assertEquals(9, stats.expected());
        assertEquals(0, stats.cumulativeLost());
    }

    @Test
    void aBigJumpRestartsAfterTwoInSequence() {
        for (int seq = 0; seq < 10; seq++) {
            arrive(seq, seq);
        }
        assertFalse(arrive(20000, 10));
        assertTrue(arrive(20001, 11));
        assertEquals(20001, stats.extendedHighestSequence());
        assertEquals(1, stats.received());
    }

    @Test
    void reorderedPacketsDoNotMoveTheHighest() {
        arrive(0, 0);
        arrive(1, 1);
        arrive(3, 2);
        arrive(2, 3);
        assertEquals(3, stats.extendedHighestSequence());
        assertEquals(0, stats.cumulativeLost());
    }

    @Test
    void steadyArrivalHasNoJitter() {
        for (int seq = 0; seq < 200; seq++) {
            arrive(seq, seq);
        }
        assertEquals(0, stats.jitter());
    }

    @Test
    void alternatingLatenessConvergesToItsSize() {
        for (int seq = 0; seq < 2000; seq++) {
            long late = seq % 2 == 0 ? 0 : 5_000_000L;
            stats.update(seq, seq * 160L, seq * TICK + late, 8000);
        }
        assertEquals(40, stats.jitter(), 2);
    }

    @Test
    void resetFollowsANewSource() {
        arrive(0, 0);
        arrive(1, 1);
        stats.reset(99);
        assertEquals(99, stats.ssrc());
        assertEquals(0, stats.received());
        assertFalse(arrive(500, 2));
    }
}
