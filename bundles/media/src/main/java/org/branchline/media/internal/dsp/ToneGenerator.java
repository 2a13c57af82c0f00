package org.branchline.media.internal.dsp;

/**
 * Phase-continuous tones in 8 kHz frames: DTMF digits, dial and busy tone (North American), and the record beep.
 * Each instance keeps its own phases and cadence, so successive frames join without clicks.
 */
public final class ToneGenerator {
    private static final int RATE = 8000;
    private static final int BUSY_HALF_PERIOD = RATE / 2;

    private final double amplitude;
    private double lowPhase;
    private double highPhase;
    private long cadenceSample;

    /** Tones at {@code dbm0} per frequency component; DTMF senders use about −7 to −10. */
    public ToneGenerator(double dbm0) {
        this.amplitude = Levels.sineAmplitude(dbm0);
    }

    /** Fills {@code frame} with the digit's two tones (0–9, *, #, A–D). */
    public void dtmf(char digit, short[] frame) {
        int key = Keypad.KEYS.indexOf(Character.toUpperCase(digit));
        if (key < 0) {
            throw new IllegalArgumentException("not a DTMF digit: " + digit);
        }
        pair(Keypad.ROWS[key / 4], Keypad.COLUMNS[key % 4], frame, 0, frame.length);
    }

    /** Dial tone: 350 + 440 Hz, continuous. */
    public void dialTone(short[] frame) {
        pair(350, 440, frame, 0, frame.length);
    }

    /** Busy tone: 480 + 620 Hz, half a second on, half a second off. */
    public void busyTone(short[] frame) {
        for (int i = 0; i < frame.length; i++, cadenceSample++) {
            if ((cadenceSample / BUSY_HALF_PERIOD) % 2 == 0) {
                pair(480, 620, frame, i, 1);
            } else {
                frame[i] = 0;
            }
        }
    }

    private void pair(double lowHz, double highHz, short[] frame, int from, int count) {
        double lowStep = 2 * Math.PI * lowHz / RATE;
        double highStep = 2 * Math.PI * highHz / RATE;
        for (int i = from; i < from + count; i++) {
            frame[i] = Levels.clip((int) Math.round(amplitude * (Math.sin(lowPhase) + Math.sin(highPhase))));
            lowPhase = (lowPhase + lowStep) % (2 * Math.PI);
            highPhase = (highPhase + highStep) % (2 * Math.PI);
        }
    }

    /** The record beep: 250 ms of 1000 Hz at −10 dBm0 with 10 ms ramps; a new array each call. */
    public static short[] beep() {
        int samples = RATE / 4;
        int ramp = RATE / 100;
        double peak = Levels.sineAmplitude(-10);
        short[] out = new short[samples];
        for (int i = 0; i < samples; i++) {
            double gain = Math.min(1, Math.min(i, samples - 1 - i) / (double) ramp);
            out[i] = (short) Math.round(peak * gain * Math.sin(2 * Math.PI * 1000 * i / RATE));
        }
        return out;
    }

    /** The "ding" a conference plays when someone joins: 300 ms of 1047 Hz dying away; a new array each call. */
    public static short[] ding() {
        return chime(1047, 300);
    }

    /** The "dong" a conference plays when someone leaves: 400 ms of 784 Hz dying away; a new array each call. */
    public static short[] dong() {
        return chime(784, 400);
    }

    private static short[] chime(double hz, int millis) {
        int samples = RATE * millis / 1000;
        int attack = RATE / 200;
        double peak = Levels.sineAmplitude(-12);
        short[] out = new short[samples];
        for (int i = 0; i < samples; i++) {
            double gain = Math.min(1, i / (double) attack) * Math.exp(-4.0 * i / samples) * (samples - i) / samples;
            out[i] = (short) Math.round(peak * gain * Math.sin(2 * Math.PI * hz * i / RATE));
        }
        return out;
    }
}
