package org.branchline.media.internal.codec;

/** ITU-T G.711 A-law. */
public final class Pcma extends G711 {
    private static final int EVEN_BITS = 0x55;
    private static final short[] LINEAR = new short[256];

    static {
        for (int i = 0; i < 256; i++) {
            LINEAR[i] = expand(i);
        }
    }

    public Pcma() {
        super("PCMA", 8, LINEAR);
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
    byte compress(short sample) {
        return fromLinear(sample);
    }

    @Override
    public Codec fresh() {
        return new Pcma();
    }
}
