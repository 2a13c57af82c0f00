package org.branchline.media.internal.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.branchline.media.internal.Signals;
import org.junit.jupiter.api.Test;

class ToneGeneratorTest {
    private static double power(short[] x, double hz) {
        float[] block = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            block[i] = x[i];
        }
        return new Goertzel(hz, 8000).power(block, x.length);
    }

    @Test
    void aDigitIsItsTwoFrequenciesAtTheAskedLevel() {
        short[] frame = new short[800];
        new ToneGenerator(-10).dtmf('#', frame);
        double expected = Levels.sinePower(-10);
        assertEquals(expected, power(frame, 941), expected * 0.05);
        assertEquals(expected, power(frame, 1477), expected * 0.05);
        assertTrue(power(frame, 852) < expected / 100);
        assertTrue(power(frame, 1336) < expected / 100);
    }

    @Test
    void framesJoinWithoutASeam() {
        ToneGenerator whole = new ToneGenerator(-10);
        short[] long_ = new short[480];
        whole.dtmf('9', long_);
        ToneGenerator framewise = new ToneGenerator(-10);
        short[] joined = new short[480];
        short[] frame = new short[160];
        for (int f = 0; f < 3; f++) {
            framewise.dtmf('9', frame);
            System.arraycopy(frame, 0, joined, f * 160, 160);
        }
        assertArrayEquals(long_, joined);
    }

    @Test
    void loudTonesSaturate() {
        short[] frame = new short[160];
        new ToneGenerator(3).dtmf('1', frame);
        int peak = 0;
        for (short s : frame) {
            peak = Math.max(peak, Math.abs(s));
        }
        assertTrue(peak >= 32767);
    }

    @Test
    void busyToneIsHalfASecondOnHalfOff() {
        ToneGenerator generator = new ToneGenerator(-20);
        short[] second = new short[8000];
        short[] frame = new short[160];
        for (int f = 0; f < 50; f++) {
            generator.busyTone(frame);
            System.arraycopy(frame, 0, second, f * 160, 160);
        }
        assertTrue(Signals.rms(Arrays.copyOfRange(second, 0, 4000)) > 500);
        assertEquals(0, Signals.rms(Arrays.copyOfRange(second, 4000, 8000)));
        assertTrue(power(Arrays.copyOfRange(second, 0, 4000), 480) > Levels.sinePower(-21));
    }

    @Test
    void dialToneIsContinuous() {
        short[] frame = new short[1600];
        new ToneGenerator(-13).dialTone(frame);
        assertEquals(Levels.sinePower(-13), power(frame, 350), Levels.sinePower(-13) * 0.05);
        assertEquals(Levels.sinePower(-13), power(frame, 440), Levels.sinePower(-13) * 0.05);
    }

    @Test
    void theBeepIsAQuarterSecondOfOneKilohertz() {
        short[] beep = ToneGenerator.beep();
        assertEquals(2000, beep.length);
        assertEquals(0, beep[0]);
        assertTrue(power(beep, 1000) > 0.9 * Levels.sinePower(-10));
        assertTrue(power(beep, 800) < Levels.sinePower(-40));
    }

    @Test
    void notADigit() {
        assertThrows(IllegalArgumentException.class, () -> new ToneGenerator(-10).dtmf('E', new short[160]));
    }
}
