package org.branchline.media.internal.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.branchline.media.internal.Signals;
import org.junit.jupiter.api.Test;

class VoiceActivityTest {
    private static final double NOISE_RMS = 32768 * Math.pow(10, -50 / 20.0);

    /** Voicing per frame of noise at −50 dBFS with talk (about −24 dBFS) in the given [start, end) frame ranges. */
    private static boolean[] voicing(int frames, int... talk) {
        short[] signal = Signals.noise(NOISE_RMS, frames * 160, 3);
        for (int k = 0; k < talk.length; k += 2) {
            int samples = (talk[k + 1] - talk[k]) * 160;
            short[] words = Signals.add(Signals.sine(220, 2000, samples), Signals.sine(1100, 1500, samples));
            for (int i = 0; i < samples; i++) {
                signal[talk[k] * 160 + i] = Signals.clip(signal[talk[k] * 160 + i] + words[i]);
            }
        }
        VoiceActivity vad = new VoiceActivity();
        boolean[] voiced = new boolean[frames];
        short[][] split = Signals.frames(signal);
        for (int f = 0; f < frames; f++) {
            voiced[f] = vad.voiced(split[f]);
        }
        return voiced;
    }

    private static int count(boolean[] voiced, int from, int to) {
        int n = 0;
        for (int f = from; f < to; f++) {
            n += voiced[f] ? 1 : 0;
        }
        return n;
    }

    @Test
    void noiseAloneIsSilence() {
        assertEquals(0, count(voicing(500), 0, 500));
    }

    @Test
    void burstsAreVoicedAndPausesAfterTheHangoverAreNot() {
        boolean[] voiced = voicing(400, 50, 100, 200, 260);
        assertEquals(0, count(voiced, 0, 50));
        assertEquals(50, count(voiced, 50, 100));
        assertEquals(10, count(voiced, 100, 110));
        assertEquals(0, count(voiced, 110, 200));
        assertEquals(60, count(voiced, 200, 260));
        assertEquals(0, count(voiced, 270, 400));
    }

    @Test
    void gapsBetweenWordsStayVoiced() {
        boolean[] voiced = voicing(200, 50, 80, 88, 120, 127, 150);
        assertEquals(100 + 10, count(voiced, 50, 160));
        assertFalse(voiced[161]);
    }

    @Test
    void talkFromTheFirstFrameIsHeard() {
        boolean[] voiced = voicing(200, 0, 60);
        assertTrue(voiced[0]);
        assertEquals(70, count(voiced, 0, 200));
    }

    @Test
    void digitalSilenceIsSilence() {
        VoiceActivity vad = new VoiceActivity();
        for (int f = 0; f < 100; f++) {
            assertFalse(vad.voiced(new short[160]));
        }
        assertEquals(Levels.SILENCE_DBFS, vad.noiseFloor(), 2);
    }

    @Test
    void theFloorFollowsLouderNoiseSlowly() {
        VoiceActivity vad = new VoiceActivity();
        short[][] quiet = Signals.frames(Signals.noise(NOISE_RMS, 160 * 100, 1));
        for (short[] frame : quiet) {
            vad.voiced(frame);
        }
        short[][] louder = Signals.frames(Signals.noise(NOISE_RMS * 10, 160 * 3000, 2));
        assertTrue(vad.voiced(louder[0]));
        boolean last = true;
        for (short[] frame : louder) {
            last = vad.voiced(frame);
        }
        assertFalse(last);
    }
}
