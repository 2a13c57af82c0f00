package org.branchline.media.internal;

import java.util.Random;

/** Synthetic test signals at 8 kHz and measurements on them. */
public final class Signals {
    public static final int RATE = 8000;

    private Signals() {
    }

    public static short[] sine(double hz, double amplitude, int samples) {
        short[] out = new short[samples];
        for (int i = 0; i < samples; i++) {
            out[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / RATE));
        }
        return out;
    }

    /** A few tones under a slow syllable-like envelope. */
    public static short[] tonesWithEnvelope(int samples) {
        double[] hz = {220, 470, 910, 1630, 2480};
        double[] amplitude = {3000, 2500, 1800, 1200, 600};
        short[] out = new short[samples];
        for (int i = 0; i < samples; i++) {
            double t = (double) i / RATE;
            double envelope = 0.55 + 0.45 * Math.sin(2 * Math.PI * 3 * t);
            double sum = 0;
            for (int k = 0; k < hz.length; k++) {
                sum += amplitude[k] * Math.sin(2 * Math.PI * hz[k] * t + k);
            }
            out[i] = (short) Math.round(envelope * sum);
        }
        return out;
    }

    /**
     * Vowel-like sound: a gliding pitch with harmonics shaped by two random formants, in syllables of random
     * length separated by short pauses.
     */
    public static short[] speechLike(int samples, long seed) {
        Random random = new Random(seed);
        short[] out = new short[samples];
        int i = 0;
        while (i < samples) {
            int syllable = 800 + random.nextInt(2400);
            double pitchStart = 80 + random.nextDouble() * 220;
            double pitchEnd = pitchStart * (0.7 + random.nextDouble() * 0.6);
            double f1 = 300 + random.nextDouble() * 600;
            double f2 = 900 + random.nextDouble() * 1600;
            double level = 2000 + random.nextDouble() * 8000;
            double phase = 0;
            for (int n = 0; n < syllable && i < samples; n++, i++) {
                double pitch = pitchStart + (pitchEnd - pitchStart) * n / syllable;
                phase += 2 * Math.PI * pitch / RATE;
                double envelope = Math.sin(Math.PI * n / syllable);
                double sum = 0;
                for (int h = 1; h * pitch < 3800; h++) {
                    double f = h * pitch;
                    sum += (formant(f, f1) + 0.5 * formant(f, f2)) * Math.sin(h * phase) / Math.sqrt(h);
                }
                out[i] = clip(level * envelope * sum);
            }
            i += 200 + random.nextInt(1200);
        }
        return out;
    }

    private static double formant(double f, double centre) {
        double x = (f - centre) / 120;
        return 1 / (1 + x * x);
    }

    public static short[] add(short[] a, short[] b) {
        short[] out = new short[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = clip(a[i] + b[i]);
        }
        return out;
    }

    /** White noise with the given RMS. */
    public static short[] noise(double rms, int samples, long seed) {
        Random random = new Random(seed);
        short[] out = new short[samples];
        for (int i = 0; i < samples; i++) {
            out[i] = clip(random.nextGaussian() * rms);
        }
        return out;
    }

    public static double rms(short[] x) {
        double sum = 0;
        for (short s : x) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / x.length);
    }

    public static short clip(double x) {
        return (short) Math.max(-32768, Math.min(32767, Math.round(x)));
    }

    /** The delay of {@code out} against {@code in} with the largest cross-correlation. */
    public static int lag(short[] in, short[] out, int maxLag) {
        int best = 0;
        double bestSum = Double.NEGATIVE_INFINITY;
        for (int lag = 0; lag <= maxLag; lag++) {
            double sum = 0;
            for (int i = 0; i + lag < out.length; i++) {
                sum += (double) in[i] * out[i + lag];
            }
            if (sum > bestSum) {
                bestSum = sum;
                best = lag;
            }
        }
        return best;
    }

    /** Signal to noise ratio in dB of {@code out} delayed by {@code lag}, from sample {@code from} of {@code in}. */
    public static double snr(short[] in, short[] out, int lag, int from) {
        double signal = 0;
        double noise = 0;
        for (int i = from; i + lag < out.length; i++) {
            double error = out[i + lag] - in[i];
            signal += (double) in[i] * in[i];
            noise += error * error;
        }
        return 10 * Math.log10(signal / noise);
    }

    /** Cuts {@code x} into 20 ms frames. */
    public static short[][] frames(short[] x) {
        short[][] frames = new short[x.length / 160][160];
        for (int f = 0; f < frames.length; f++) {
            System.arraycopy(x, f * 160, frames[f], 0, 160);
        }
        return frames;
    }
}
