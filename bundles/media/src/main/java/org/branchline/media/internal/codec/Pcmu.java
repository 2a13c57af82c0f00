package org.branchline.media.internal.codec;

import java.util.Arrays;

/** ITU-T G.711 µ-law; like the ITU reference, the encoder drops the two low bits (14-bit input) first. */
public final class Pcmu implements Codec {
    private static final int BIAS = 0x84;
    /** The largest 14-bit magnitude the top segment takes without overflowing it. */
    private static final int CLIP = 8158;
    private static final short[] LINEAR = new short[256];

    static {
        for (int i = 0; i < 256; i++) {
            LINEAR[i] = expand(i);
        }
    }

    private static short expand(int code) {
        int u = ~code & 0xFF;
        int magnitude = (((u & 0x0F) << 3) + BIAS << ((u >> 4) & 7)) - BIAS;
        return (short) ((u & 0x80) != 0 ? -magnitude : magnitude);
    }

    public static short toLinear(byte code) {
        return LINEAR[code & 0xFF];
    }

    public static byte fromLinear(short sample) {
        int sign = sample < 0 ? 0x80 : 0;
        int magnitude = (Math.min(Math.abs(sample >> 2), CLIP) << 2) + BIAS;
        int exponent = 31 - Integer.numberOfLeadingZeros(magnitude) - 7;
        int mantissa = (magnitude >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | exponent << 4 | mantissa);
    }

    @Override
    public String name() {
        return "PCMU";
    }

    @Override
    public int payloadType() {
        return 0;
    }

    @Override
    public int rtpClockRate() {
        return 8000;
    }

    @Override
    public int payloadBytes() {
        return 160;
    }

    @Override
    public void encode(short[] pcm8k, byte[] payload) {
        for (int i = 0; i < pcm8k.length; i++) {
            payload[i] = fromLinear(pcm8k[i]);
        }
    }

    @Override
    public void decode(byte[] payload, int offset, int length, short[] pcm8k) {
        int n = Math.min(length, pcm8k.length);
        for (int i = 0; i < n; i++) {
            pcm8k[i] = LINEAR[payload[offset + i] & 0xFF];
        }
        Arrays.fill(pcm8k, n, pcm8k.length, (short) 0);
    }

    @Override
    public Codec fresh() {
        return new Pcmu();
    }
}
