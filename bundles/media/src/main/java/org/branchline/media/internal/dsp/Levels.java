package org.branchline.media.internal.dsp;

/** Signal levels of 16-bit frames. */
public final class Levels {
    /** The level we give digital silence. */
    public static final double SILENCE_DBFS = -100;
    /** dBm0 of a sine whose peak is full scale (G.711: the digital milliwatt is 3.17 dB below). */
    private static final double FULL_SCALE_SINE_DBM0 = 3.17;

    private Levels() {
    }

    /** Mean square of the first {@code n} samples. */
    public static double power(short[] frame, int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += frame[i] * frame[i];
        }
        return n == 0 ? 0 : (double) sum / n;
    }

    /** RMS level relative to full scale (a full-scale square wave is 0 dBFS, a full-scale sine −3). */
    public static double dbfs(short[] frame) {
        double power = power(frame, frame.length);
        return power == 0 ? SILENCE_DBFS : Math.max(SILENCE_DBFS, 10 * Math.log10(power / (32768.0 * 32768.0)));
    }

    /** The peak amplitude of a sine at {@code dbm0}. */
    public static double sineAmplitude(double dbm0) {
        return 32767 * Math.pow(10, (dbm0 - FULL_SCALE_SINE_DBM0) / 20);
    }

    /** The mean square of a sine at {@code dbm0}. */
    public static double sinePower(double dbm0) {
        double amplitude = sineAmplitude(dbm0);
        return amplitude * amplitude / 2;
    }

    /** Saturates to 16 bits. */
    public static short clip(int x) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, x));
    }
}
