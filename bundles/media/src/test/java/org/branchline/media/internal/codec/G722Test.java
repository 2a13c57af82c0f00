package org.branchline.media.internal.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.branchline.media.internal.Signals;
import org.junit.jupiter.api.Test;

class G722Test {
    private static short[] roundTrip(short[] in) {
        G722 codec = new G722();
        short[] out = new short[in.length];
        byte[] payload = new byte[160];
        short[] frame = new short[160];
        short[][] frames = Signals.frames(in);
        for (int f = 0; f < frames.length; f++) {
            codec.encode(frames[f], payload);
            codec.decode(payload, 0, 160, frame);
            System.arraycopy(frame, 0, out, f * 160, 160);
        }
        return out;
    }

    private static void assertRoundTripSnr(short[] in, double minimumDb) {
        short[] out = roundTrip(in);
        int lag = Signals.lag(in, out, 80);
        double snr = Signals.snr(in, out, lag, 800);
        assertTrue(snr > minimumDb, "SNR " + snr + " dB at lag " + lag);
    }

    @Test
    void sineRoundTrips() {
        assertRoundTripSnr(Signals.sine(1000, 8000, 16000), 20);
    }

    @Test
    void quietSineRoundTrips() {
        assertRoundTripSnr(Signals.sine(440, 300, 16000), 20);
    }

    @Test
    void tonesUnderAnEnvelopeRoundTrip() {
        assertRoundTripSnr(Signals.tonesWithEnvelope(16000), 20);
    }

    @Test
    void speechLikeSoundRoundTrips() {
        assertRoundTripSnr(Signals.speechLike(24000, 7), 20);
    }

    @Test
    void theDelayIsThirtyFourSamples() {
        short[] in = Signals.tonesWithEnvelope(8000);
        assertEquals(34, Signals.lag(in, roundTrip(in), 80));
    }

    @Test
    void silenceStaysSilent() {
        short[] out = roundTrip(new short[8000]);
        for (short s : out) {
            assertTrue(Math.abs(s) <= 4, "sample " + s);
        }
    }

    @Test
    void framesJoinLikeOneLongRun() {
        short[] in = Signals.speechLike(8000, 3);
        G722 whole = new G722();
        byte[] oneRun = new byte[8000];
        whole.encode(in, oneRun);
        short[] decodedOneRun = new short[8000];
        whole.decode(oneRun, 0, 8000, decodedOneRun);

        G722 framewise = new G722();
        byte[] payload = new byte[160];
        short[][] frames = Signals.frames(in);
        short[] decoded = new short[8000];
        short[] frame = new short[160];
        for (int f = 0; f < frames.length; f++) {
            framewise.encode(frames[f], payload);
            assertArrayEquals(Arrays.copyOfRange(oneRun, f * 160, f * 160 + 160), payload, "frame " + f);
            framewise.decode(oneRun, f * 160, 160, frame);
            System.arraycopy(frame, 0, decoded, f * 160, 160);
        }
        assertArrayEquals(decodedOneRun, decoded);
    }

    @Test
    void aSineHasNoClicksAtFrameEdges() {
        short[] out = roundTrip(Signals.sine(500, 8000, 8000));
        int largestStep = 0;
        for (int i = 800; i < out.length; i++) {
            largestStep = Math.max(largestStep, Math.abs(out[i] - out[i - 1]));
        }
        double sineStep = 8000 * 2 * Math.PI * 500 / 8000;
        assertTrue(largestStep < 1.2 * sineStep, "step " + largestStep);
    }

    @Test
    void aShortPacketDecodesWithSilenceAfter() {
        G722 codec = new G722();
        byte[] payload = new byte[160];
        codec.encode(Signals.sine(1000, 8000, 160), payload);
        short[] out = new short[160];
        codec.decode(payload, 0, 80, out);
        assertTrue(Signals.rms(Arrays.copyOfRange(out, 40, 80)) > 1000);
        assertEquals(0, Signals.rms(Arrays.copyOfRange(out, 80, 160)));
    }

    @Test
    void freshInstancesDoNotShareState() {
        G722 first = new G722();
        byte[] a = new byte[160];
        first.encode(Signals.sine(1000, 8000, 160), a);
        first.encode(Signals.sine(700, 8000, 160), a);
        byte[] b = new byte[160];
        first.fresh().encode(Signals.sine(1000, 8000, 160), b);
        byte[] c = new byte[160];
        new G722().encode(Signals.sine(1000, 8000, 160), c);
        assertArrayEquals(c, b);
    }
}
