package org.branchline.media.internal.codec;

/**
 * One G.722 sub-band's adaptive state: the log scale factor (LOGSCL/SCALEL) and the two-pole six-zero predictor
 * (block 4: RECONS, PARREC, UPPOL1/2, UPZERO, DELAYA, FILTEP, FILTEZ, PREDIC). Encoder and decoder run the same
 * updates on the same quantized differences, so they stay in step.
 */
final class AdpcmBand {
    private static final int[] ILB = {2048, 2093, 2139, 2186, 2233, 2282, 2332, 2383, 2435, 2489, 2543, 2599,
            2656, 2714, 2774, 2834, 2896, 2960, 3025, 3091, 3158, 3228, 3298, 3371, 3444, 3520, 3597, 3676, 3756,
            3838, 3922, 4008};

    private final int nbMax;
    private final int scaleShift;
    private int nb;
    private int det;
    private int s;
    private int sz;
    private int r1;
    private int r2;
    private int p1;
    private int p2;
    private int a1;
    private int a2;
    private final int[] d = new int[7];
    private final int[] b = new int[7];

    AdpcmBand(int nbMax, int scaleShift) {
        this.nbMax = nbMax;
        this.scaleShift = scaleShift;
        this.det = scale(0);
    }

    /** The predicted signal. */
    int estimate() {
        return s;
    }

    /** The quantizer step size. */
    int step() {
        return det;
    }

    void adaptStep(int weight) {
        nb = Math.max(0, Math.min(nbMax, (nb * 32512 >> 15) + weight));
        det = scale(nb);
    }

    private int scale(int logScale) {
        int mantissa = ILB[(logScale >> 6) & 31];
        int shift = scaleShift - (logScale >> 11);
        return (shift < 0 ? mantissa << -shift : mantissa >> shift) << 2;
    }

    /** Advances the predictor with the quantized difference {@code dq}. */
    void update(int dq) {
        int r0 = sat(s + dq);
        int p0 = sat(sz + dq);
        int newA2 = pole2(p0);
        int newA1 = pole1(p0, newA2);
        updateZeros(dq);
        System.arraycopy(d, 1, d, 2, 5);
        d[1] = dq;
        r2 = r1;
        r1 = r0;
        p2 = p1;
        p1 = p0;
        a1 = newA1;
        a2 = newA2;
        predict();
    }

    private int pole2(int p0) {
        int wd1 = sat(a1 << 2);
        int wd2 = Math.min(32767, sameSign(p0, p1) ? -wd1 : wd1);
        int wd3 = (wd2 >> 7) + (sameSign(p0, p2) ? 128 : -128) + (a2 * 32512 >> 15);
        return Math.max(-12288, Math.min(12288, wd3));
    }

    private int pole1(int p0, int newA2) {
        int wd = sat((sameSign(p0, p1) ? 192 : -192) + (a1 * 32640 >> 15));
        int limit = sat(15360 - newA2);
        return Math.max(-limit, Math.min(limit, wd));
    }

    private void updateZeros(int dq) {
        int step = dq == 0 ? 0 : 128;
        for (int i = 1; i <= 6; i++) {
            b[i] = sat((sameSign(dq, d[i]) ? step : -step) + (b[i] * 32640 >> 15));
        }
    }

    private void predict() {
        int sp = sat((a1 * sat(r1 + r1) >> 15) + (a2 * sat(r2 + r2) >> 15));
        int zeros = 0;
        for (int i = 1; i <= 6; i++) {
            zeros = sat(zeros + (b[i] * sat(d[i] + d[i]) >> 15));
        }
        sz = zeros;
        s = sat(sp + sz);
    }

    private static boolean sameSign(int x, int y) {
        return (x >> 15) == (y >> 15);
    }

    static int sat(int x) {
        return Math.max(-32768, Math.min(32767, x));
    }
}
