package org.branchline.media.internal.codec;

/** Tables and adaptation steps shared by the G.722 encoder and decoder. */
final class G722Tables {
    /** The 24-tap QMF, symmetric. */
    static final int[] QMF = {3, -11, -11, 53, 12, -156, 32, 362, -210, -805, 951, 3876, 3876, 951, -805, -210,
            362, 32, -156, 12, 53, -11, -11, 3};
    /** Lower band inverse quantizer, 6 bits (the decoder's output). */
    static final int[] QM6 = {-136, -136, -136, -136, -24808, -21904, -19008, -16704, -14984, -13512, -12280,
            -11192, -10232, -9360, -8576, -7856, -7192, -6576, -6000, -5456, -4944, -4464, -4008, -3576, -3168,
            -2776, -2400, -2032, -1688, -1360, -1040, -728, 24808, 21904, 19008, 16704, 14984, 13512, 12280, 11192,
            10232, 9360, 8576, 7856, 7192, 6576, 6000, 5456, 4944, 4464, 4008, 3576, 3168, 2776, 2400, 2032, 1688,
            1360, 1040, 728, 432, 136, -432, -136};
    /** Lower band inverse quantizer, 4 bits (the predictor's input). */
    private static final int[] QM4 = {0, -20456, -12896, -8968, -6288, -4240, -2584, -1200, 20456, 12896, 8968,
            6288, 4240, 2584, 1200, 0};
    private static final int[] RL42 = {0, 7, 6, 5, 4, 3, 2, 1, 7, 6, 5, 4, 3, 2, 1, 0};
    private static final int[] WL = {-60, -30, 58, 172, 334, 538, 1198, 3042};
    /** Higher band inverse quantizer, indexed by the 2-bit code. */
    static final int[] QM2 = {-7408, -1616, 7408, 1616};
    private static final int[] WH = {798, -214, 798, -214};

    private G722Tables() {
    }

    static AdpcmBand lowBand() {
        return new AdpcmBand(18432, 8);
    }

    static AdpcmBand highBand() {
        return new AdpcmBand(22528, 10);
    }

    static void advanceLow(AdpcmBand low, int code) {
        int code4 = code >> 2;
        int dq = low.step() * QM4[code4] >> 15;
        low.adaptStep(WL[RL42[code4]]);
        low.update(dq);
    }

    static void advanceHigh(AdpcmBand high, int code) {
        int dq = high.step() * QM2[code] >> 15;
        high.adaptStep(WH[code]);
        high.update(dq);
    }
}
