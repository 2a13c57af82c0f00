package org.branchline.media.internal.codec;

/** ITU-T G.722 mode 1 (64 kbit/s) encoder: QMF analysis, 6-bit lower and 2-bit higher sub-band ADPCM. */
final class G722Encoder {
    private static final int[] Q6 = {0, 35, 72, 110, 150, 190, 233, 276, 323, 370, 422, 473, 530, 587, 650, 714,
            786, 858, 940, 1023, 1121, 1219, 1339, 1458, 1612, 1765, 1980, 2195, 2557, 2919};
    private static final int[] ILN = {0, 63, 62, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16,
            15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4};
    private static final int[] ILP = {0, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49, 48, 47, 46, 45, 44,
            43, 42, 41, 40, 39, 38, 37, 36, 35, 34, 33, 32};

    private final AdpcmBand low = G722Tables.lowBand();
    private final AdpcmBand high = G722Tables.highBand();
    private final int[] x = new int[24];

    /** Encodes {@code n} (even) 16 kHz samples into {@code n / 2} code words. */
    void encode(short[] wide, int n, byte[] out) {
        for (int i = 0; i < n; i += 2) {
            System.arraycopy(x, 2, x, 0, 22);
            x[22] = wide[i];
            x[23] = wide[i + 1];
            int even = 0;
            int odd = 0;
            for (int k = 0; k < 12; k++) {
                even += G722Tables.QMF[2 * k] * x[23 - 2 * k];
                odd += G722Tables.QMF[2 * k + 1] * x[22 - 2 * k];
            }
            out[i >> 1] = (byte) (encodeHigh((even - odd) >> 14) << 6 | encodeLow((even + odd) >> 14));
        }
    }

    private int encodeLow(int xl) {
        int el = AdpcmBand.sat(xl - low.estimate());
        int magnitude = el >= 0 ? el : ~el;
        int i = 1;
        while (i < 30 && magnitude >= (Q6[i] * low.step() >> 12)) {
            i++;
        }
        int code = el < 0 ? ILN[i] : ILP[i];
        G722Tables.advanceLow(low, code);
        return code;
    }

    private int encodeHigh(int xh) {
        int eh = AdpcmBand.sat(xh - high.estimate());
        int magnitude = eh >= 0 ? eh : ~eh;
        boolean big = magnitude >= (564 * high.step() >> 12);
        int code = eh < 0 ? (big ? 0 : 1) : (big ? 2 : 3);
        G722Tables.advanceHigh(high, code);
        return code;
    }
}
