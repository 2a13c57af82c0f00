package org.branchline.media.internal.dsp;

/** The Goertzel algorithm: the power of one frequency in a block of samples. */
final class Goertzel {
    private final float coefficient;

    Goertzel(double hz, int rate) {
        this.coefficient = (float) (2 * Math.cos(2 * Math.PI * hz / rate));
    }

    /** The mean square a sine at this frequency would need to give the block's response. */
    float power(float[] block, int n) {
        float s1 = 0;
        float s2 = 0;
        for (int i = 0; i < n; i++) {
            float s0 = block[i] + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        float magnitudeSquared = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return 2 * magnitudeSquared / ((float) n * n);
    }
}
