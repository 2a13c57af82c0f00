package org.branchline.media.internal.codec;

/** ITU-T G.722 mode 1 (64 kbit/s) decoder: sub-band ADPCM reconstruction and QMF synthesis. */
final class G722Decoder {
    private final AdpcmBand low = G722Tables.lowBand();
    private final AdpcmBand high = G722Tables.highBand();
    private final int[] difference = new int[12];
    private final int[] sum = new int[12];

    /** Decodes {@code n} code words into {@code 2 n} 16 kHz samples. */
    void decode(byte[] in, int offset, int n, short[] wide) {
        for (int i = 0; i < n; i++) {
            int code = in[offset + i];
            int rl = reconstructLow(code & 0x3F);
            int rh = reconstructHigh((code >> 6) & 3);
            System.arraycopy(difference, 0, difference, 1, 11);
            System.arraycopy(sum, 0, sum, 1, 11);
            difference[0] = rl - rh;
            sum[0] = rl + rh;
            int even = 0;
            int odd = 0;
            for (int k = 0; k < 12; k++) {
                even += G722Tables.QMF[2 * k] * difference[k];
                odd += G722Tables.QMF[2 * k + 1] * sum[k];
            }
            wide[2 * i] = (short) AdpcmBand.sat(even >> 11);
            wide[2 * i + 1] = (short) AdpcmBand.sat(odd >> 11);
        }
    }

    private int reconstructLow(int code) {
        int rl = limit(low.estimate() + (low.step() * G722Tables.QM6[code] >> 15));
        G722Tables.advanceLow(low, code);
        return rl;
    }

    private int reconstructHigh(int code) {
        int rh = limit(high.estimate() + (high.step() * G722Tables.QM2[code] >> 15));
        G722Tables.advanceHigh(high, code);
        return rh;
    }

    private static int limit(int x) {
        return Math.max(-16384, Math.min(16383, x));
    }
}
