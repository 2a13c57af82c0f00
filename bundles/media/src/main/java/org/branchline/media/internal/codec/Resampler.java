package org.branchline.media.internal.codec;

/**
 * 8 kHz ↔ 16 kHz with one half-band low-pass FIR (47 taps, Kaiser window, pass band to about 3.4 kHz). Each
 * direction keeps its own history, so a stream can be fed in frames of any even length without seams. Going up
 * delays the signal by 12 samples at 8 kHz, going down by 11.
 */
public final class Resampler {
    private static final int HALF = 12;
    /** The odd taps 1, 3, 5 … 23 of one side; the centre tap is one half, the other even taps are zero. */
    private static final float[] TAPS = taps();

    private final int[] upHistory = new int[2 * HALF - 1];
    private final int[] downHistory = new int[4 * HALF - 2];
    private int[] work = new int[0];

    private static float[] taps() {
        double beta = 5.0;
        float[] taps = new float[HALF];
        double sum = 0;
        for (int k = 0; k < HALF; k++) {
            int j = 2 * k + 1;
            double ratio = (double) j / (2 * HALF);
            double sinc = Math.sin(Math.PI * j / 2) / (Math.PI * j);
            taps[k] = (float) (sinc * besselI0(beta * Math.sqrt(1 - ratio * ratio)) / besselI0(beta));
            sum += taps[k];
        }
        for (int k = 0; k < HALF; k++) {
            taps[k] = (float) (taps[k] * 0.25 / sum);
        }
        return taps;
    }

    private static double besselI0(double x) {
        double term = 1;
        double sum = 1;
        for (int k = 1; k < 30; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
        }
        return sum;
    }

    /** Interpolates {@code n} 8 kHz samples into {@code 2 n} 16 kHz samples. */
    public void up(short[] in, int n, short[] out) {
        int[] w = withHistory(upHistory, in, n);
        for (int i = 0; i < n; i++) {
            int centre = i + HALF - 1;
            float odd = 0;
            for (int k = 0; k < HALF; k++) {
                odd += TAPS[k] * (w[centre - k] + w[centre + 1 + k]);
            }
            out[2 * i] = (short) w[centre];
            out[2 * i + 1] = saturate(2 * odd);
        }
        keepTail(w, upHistory, n);
    }

    /** Low-passes and decimates {@code n} (even) 16 kHz samples into {@code n / 2} 8 kHz samples. */
    public void down(short[] in, int n, short[] out) {
        int[] w = withHistory(downHistory, in, n);
        for (int i = 0; i < n / 2; i++) {
            int centre = 2 * i + 2 * HALF;
            float sum = 0.5f * w[centre];
            for (int k = 0; k < HALF; k++) {
                sum += TAPS[k] * (w[centre - 1 - 2 * k] + w[centre + 1 + 2 * k]);
            }
            out[i] = saturate(sum);
        }
        keepTail(w, downHistory, n);
    }

    private int[] withHistory(int[] history, short[] in, int n) {
        if (work.length < history.length + n) {
            work = new int[history.length + n];
        }
        System.arraycopy(history, 0, work, 0, history.length);
        for (int i = 0; i < n; i++) {
            work[history.length + i] = in[i];
        }
        return work;
    }

    private static void keepTail(int[] w, int[] history, int n) {
        System.arraycopy(w, n, history, 0, history.length);
    }

    private static short saturate(float x) {
        return (short) Math.max(-32768, Math.min(32767, Math.round(x)));
    }
}
