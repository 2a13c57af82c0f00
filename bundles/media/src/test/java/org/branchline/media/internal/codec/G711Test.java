package org.branchline.media.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.branchline.media.internal.Signals;
import org.junit.jupiter.api.Test;

class G711Test {
    @Test
    void muLawKnownCodes() {
        assertEquals((byte) 0xFF, Pcmu.fromLinear((short) 0));
        assertEquals(0, Pcmu.toLinear((byte) 0xFF));
        assertEquals(-32124, Pcmu.toLinear((byte) 0x00));
        assertEquals(32124, Pcmu.toLinear((byte) 0x80));
        assertEquals((byte) 0x80, Pcmu.fromLinear(Short.MAX_VALUE));
        assertEquals((byte) 0x00, Pcmu.fromLinear(Short.MIN_VALUE));
    }

    @Test
    void aLawKnownCodes() {
        assertEquals((byte) 0xD5, Pcma.fromLinear((short) 0));
        assertEquals(8, Pcma.toLinear((byte) 0xD5));
        assertEquals(-8, Pcma.toLinear((byte) 0x55));
        assertEquals(32256, Pcma.toLinear((byte) 0xAA));
        assertEquals(-32256, Pcma.toLinear((byte) 0x2A));
        assertEquals((byte) 0xAA, Pcma.fromLinear(Short.MAX_VALUE));
        assertEquals((byte) 0x2A, Pcma.fromLinear(Short.MIN_VALUE));
    }

    @Test
    void everyCodeSurvivesDecodeThenEncode() {
        for (int code = 0; code < 256; code++) {
            byte b = (byte) code;
            if (code != 0x7F) {
                assertEquals(b, Pcmu.fromLinear(Pcmu.toLinear(b)), "µ-law " + code);
            }
            assertEquals(b, Pcma.fromLinear(Pcma.toLinear(b)), "A-law " + code);
        }
    }

    @Test
    void quantizationErrorIsSmallForEverySample() {
        for (int x = -32768; x <= 32767; x++) {
            short s = (short) x;
            int bound = Math.abs(x) / 16 + 8;
            int mu = Math.abs(Pcmu.toLinear(Pcmu.fromLinear(s)) - Math.max(-32124, Math.min(32124, x)));
            int a = Math.abs(Pcma.toLinear(Pcma.fromLinear(s)) - Math.max(-32256, Math.min(32256, x)));
            assertTrue(mu <= bound && a <= bound, "sample " + x + ": " + mu + ", " + a);
        }
    }

    /** Codes the ITU reference algorithm gives, around segment and rounding edges. */
    @Test
    void encodingMatchesTheReference() {
        short[] samples = {-32768, -31612, -31611, -16251, -1000, -5, -4, -3, -1, 0, 1, 3, 4, 100, 1000, 31611,
                31612, 32767};
        int[] muLaw = {0x00, 0x00, 0x00, 0x0F, 0x4E, 0x7E, 0x7E, 0x7E, 0x7E, 0xFF, 0xFF, 0xFF, 0xFE, 0xF2, 0xCE, 0x81,
                0x80, 0x80};
        int[] aLaw = {0x2A, 0x2B, 0x2B, 0x3A, 0x7A, 0x55, 0x55, 0x55, 0x55, 0xD5, 0xD5, 0xD5, 0xD5, 0xD3, 0xFA, 0xAB,
                0xAB, 0xAA};
        for (int i = 0; i < samples.length; i++) {
            assertEquals(muLaw[i], Pcmu.fromLinear(samples[i]) & 0xFF, "µ-law " + samples[i]);
            assertEquals(aLaw[i], Pcma.fromLinear(samples[i]) & 0xFF, "A-law " + samples[i]);
        }
    }

    @Test
    void sineRoundTripsWithG711Quality() {
        short[] in = Signals.sine(1000, 10000, 160);
        for (Codec codec : new Codec[] {new Pcmu(), new Pcma()}) {
            byte[] payload = new byte[160];
            short[] out = new short[160];
            codec.encode(in, payload);
            codec.decode(payload, 0, 160, out);
            assertTrue(Signals.snr(in, out, 0, 0) > 35, codec.name());
        }
    }

    @Test
    void aShortPayloadDecodesWhatIsThereAndSilenceAfter() {
        byte[] payload = new byte[200];
        java.util.Arrays.fill(payload, (byte) 0x80);
        short[] out = new short[160];
        java.util.Arrays.fill(out, (short) 7);
        new Pcmu().decode(payload, 40, 100, out);
        assertEquals(32124, out[99]);
        assertEquals(0, out[100]);
        assertEquals(0, out[159]);
    }

    @Test
    void aLongPayloadFillsOneFrame() {
        byte[] payload = new byte[240];
        short[] out = new short[160];
        new Pcma().decode(payload, 0, 240, out);
        assertEquals(Pcma.toLinear((byte) 0), out[159]);
    }
}
