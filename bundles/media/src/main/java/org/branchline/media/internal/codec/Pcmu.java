package org.branchline.media.internal.codec;

/** ITU-T G.711 µ-law; like the ITU reference, the encoder drops the two low bits (14-bit input) first. */
public final class Pcmu extends G711 {
    private static final int BIAS = 0x84;
    /** The largest 14-bit magnitude the top segment takes without overflowing it. */
    private static final int CLIP = 8158;
    private static final short[] LINEAR = new short[256];

    static {
        for (int i = 0; i < 256; i++) {
            LINEAR[i] = expand(i);
        }
    }

    public Pcmu() {
        super("PCMU", 0, LINEAR);
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
    byte compress(short sample) {
        return fromLinear(sample);
    }

    @Override
    public Codec fresh() {
        return new Pcmu();
    }
}
