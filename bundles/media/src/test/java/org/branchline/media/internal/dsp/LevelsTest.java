package org.branchline.media.internal.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.branchline.media.internal.Signals;
import org.junit.jupiter.api.Test;

class LevelsTest {
    @Test
    void levels() {
        short[] square = new short[160];
        Arrays.fill(square, (short) -32768);
        assertEquals(0, Levels.dbfs(square), 0.01);
        assertEquals(-3.01, Levels.dbfs(Signals.sine(1000, 32767, 160)), 0.01);
        assertEquals(-23.01, Levels.dbfs(Signals.sine(1000, 3276.7, 160)), 0.01);
        assertEquals(Levels.SILENCE_DBFS, Levels.dbfs(new short[160]));
        assertEquals(32767, Levels.sineAmplitude(3.17), 0.01);
        assertEquals(22748, Levels.sineAmplitude(0), 1);
    }

    @Test
    void clip() {
        assertEquals(32767, Levels.clip(40000));
        assertEquals(-32768, Levels.clip(-40000));
        assertEquals(5, Levels.clip(5));
    }
}
