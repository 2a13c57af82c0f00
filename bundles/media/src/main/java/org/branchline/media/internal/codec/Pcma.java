package org.branchline.media.internal.codec;

import java.util.Arrays;

/** ITU-T G.711 A-law. */
public final class Pcma implements Codec {
    private static final int EVEN_BITS = 0x55;
    private static final short[] LINEAR = new short[256];

    static {
        for (int i = 0; i < 256; i++) {
            LINEAR[i] = expand(i);
        }
    }

    private static short expand(int code) {
        int a = code ^ EVEN_BITS;
        int segment = (a >> 4) & 7;
        int step = ((a & 0x0F) << 4) + 8;
        int magnitude = segment == 0 ? step : step + 0x100 << (segment - 1);
        return (short) ((a & 0x80) != 0 ? magnitude : -magnitude);
    }

    public static short toLinear(byte code) {
        return LINEAR[code & 0xFF];
    }

    public static byte fromLinear(short sample) {
        int sign = sample >= 0 ? 0x80 : 0;
        int magnitude = (sample >= 0 ? sample : -sample - 1) >> 3;
        int segment = Math.max(0, 27 - Integer.numberOfLeadingZeros(magnitude));
        int mantissa = (magnitude >> Math.max(segment, 1)) & 0x0F;
        return (byte) ((sign | segment << 4 | mantissa) ^ EVEN_BITS);
    }

    @Override
    public String name() {
        return "PCMA";
    }

    @Override
    public int payloadType() {
        return 8;
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
        return new Pcma();
    }
}
