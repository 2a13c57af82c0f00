package org.branchline.media.internal.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
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

    /** Saw tooth, pseudo-random noise and a square burst at 16 kHz, in integers so another program can repeat it. */
    private static short[] wideTestSignal() {
        short[] x = new short[16000];
        long seed = 1;
        for (int i = 0; i < x.length; i++) {
            seed = (seed * 1103515245 + 12345) % (1L << 31);
            int saw = ((i * 37) % 2000 - 1000) * 8;
            int noise = (int) ((seed >> 16) % 4001) - 2000;
            int burst = (i / 800) % 2 == 0 ? 12000 : 0;
            x[i] = (short) (saw + noise + (i % 16 < 8 ? burst : -burst));
        }
        return x;
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** The CRCs are of what spandsp 0.0.6's G.722 encoder and decoder give for the same signal. */
    @Test
    void codeWordsAndReconstructionMatchAnotherImplementationBitForBit() {
        byte[] codes = new byte[8000];
        new G722Encoder().encode(wideTestSignal(), 16000, codes);
        assertEquals(List.of(155, 48, 136, 32), List.of(codes[0] & 0xFF, codes[1] & 0xFF, codes[2] & 0xFF,
                codes[3] & 0xFF));
        assertEquals(0xBC816813L, crc(codes));
        short[] decoded = new short[16000];
        new G722Decoder().decode(codes, 0, 8000, decoded);
        ByteBuffer bigEndian = ByteBuffer.allocate(32000);
        bigEndian.asShortBuffer().put(decoded);
        assertEquals(0xFBCA05CEL, crc(bigEndian.array()));
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
