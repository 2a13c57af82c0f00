package org.branchline.media.internal.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.branchline.media.internal.Signals;
import org.branchline.media.internal.codec.Pcmu;
import org.junit.jupiter.api.Test;

class DtmfDetectorTest {
    private static final String ALL = "123A456B789C*0#D";

    private static String detect(short[] signal) {
        DtmfDetector detector = new DtmfDetector();
        StringBuilder digits = new StringBuilder();
        for (short[] frame : Signals.frames(signal)) {
            Character digit = detector.feed(frame);
            if (digit != null) {
                digits.append(digit);
            }
        }
        return digits.toString();
    }

    /** Each digit as {@code toneMillis} of tone then {@code gapMillis} of silence, after 100 ms of silence. */
    private static short[] keyed(String digits, double dbm0, int toneMillis, int gapMillis) {
        int tone = toneMillis * 8;
        int gap = gapMillis * 8;
        short[] signal = new short[800 + digits.length() * (tone + gap) + 800];
        ToneGenerator generator = new ToneGenerator(dbm0);
        short[] burst = new short[tone];
        for (int k = 0; k < digits.length(); k++) {
            generator.dtmf(digits.charAt(k), burst);
            System.arraycopy(burst, 0, signal, 800 + k * (tone + gap), tone);
        }
        return signal;
    }

    private static short[] twoTones(double rowHz, double rowDbm0, double columnHz, double columnDbm0) {
        return Signals.add(Signals.sine(rowHz, Levels.sineAmplitude(rowDbm0), 1600),
                Signals.sine(columnHz, Levels.sineAmplitude(columnDbm0), 1600));
    }

    @Test
    void everyDigitAtMinus25Dbm0() {
        for (char digit : ALL.toCharArray()) {
            assertEquals(String.valueOf(digit), detect(keyed(String.valueOf(digit), -25, 100, 100)));
        }
    }

    @Test
    void everyDigitInNoiseAt15DbSnr() {
        double signalRms = Math.sqrt(2 * Levels.sinePower(-25));
        for (char digit : ALL.toCharArray()) {
            short[] tone = keyed(String.valueOf(digit), -25, 100, 100);
            short[] noise = Signals.noise(signalRms / Math.pow(10, 15 / 20.0), tone.length, digit);
            assertEquals(String.valueOf(digit), detect(Signals.add(tone, noise)), "digit " + digit);
        }
    }

    @Test
    void digitsSurviveMuLaw() {
        short[] signal = keyed(ALL, -25, 60, 60);
        Pcmu codec = new Pcmu();
        byte[] coded = new byte[signal.length];
        codec.encode(signal, coded);
        codec.decode(coded, 0, coded.length, signal);
        assertEquals(ALL, detect(signal));
    }

    @Test
    void fiftyMillisecondTonesAndGapsInSequence() {
        assertEquals(ALL, detect(keyed(ALL, -20, 50, 50)));
        assertEquals("11223300", detect(keyed("11223300", -20, 50, 50)));
        assertEquals("5", detect(keyed("5", -20, 40, 40)));
    }

    @Test
    void aLongToneIsOneDigit() {
        assertEquals("7", detect(keyed("7", -10, 2000, 100)));
    }

    @Test
    void tonesTooShortOrTooQuietAreIgnored() {
        assertEquals("", detect(keyed("5", -10, 20, 100)));
        assertEquals("", detect(keyed("5", -45, 200, 100)));
    }

    @Test
    void twistLimits() {
        assertEquals("1", detect(twoTones(697, -20, 1209, -13)));
        assertEquals("", detect(twoTones(697, -20, 1209, -10)));
        assertEquals("1", detect(twoTones(697, -17, 1209, -20)));
        assertEquals("", detect(twoTones(697, -15, 1209, -20)));
        assertEquals("2", detect(twoTones(697, -20, 1336, -13)));
        assertEquals("3", detect(twoTones(697, -20, 1477, -13)));
    }

    @Test
    void aThousandHertzToneIsNotADigit() {
        assertEquals("", detect(Signals.sine(1000, 10000, 16000)));
    }

    @Test
    void oneToneAloneIsNotADigit() {
        assertEquals("", detect(Signals.sine(770, 10000, 16000)));
        assertEquals("", detect(Signals.sine(1336, 10000, 16000)));
    }

    @Test
    void aMinuteOfSpeechGivesNoDigits() {
        assertEquals("", detect(Signals.speechLike(60 * 8000, 11)));
        assertEquals("", detect(Signals.speechLike(60 * 8000, 12)));
    }

    @Test
    void aSecondHarmonicMarksAVoiceNotADigit() {
        short[] digit = twoTones(697, -15, 1209, -15);
        assertEquals("1", detect(digit));
        assertEquals("", detect(Signals.add(digit, Signals.sine(1394, Levels.sineAmplitude(-22), 1600))));
        assertEquals("", detect(Signals.add(digit, Signals.sine(2418, Levels.sineAmplitude(-22), 1600))));
    }

    @Test
    void chordsGiveNoDigits() {
        Random random = new Random(5);
        double[] scale = {261.6, 293.7, 329.6, 349.2, 392.0, 440.0, 493.9, 523.3, 587.3, 659.3, 698.5, 784.0};
        short[] music = new short[60 * 8000];
        for (int start = 0; start < music.length; start += 4000) {
            short[] chord = new short[4000];
            for (int note = 0; note < 3; note++) {
                double root = scale[random.nextInt(scale.length)];
                for (int h = 1; h <= 4; h++) {
                    chord = Signals.add(chord, Signals.sine(root * h, 3000.0 / h, 4000));
                }
            }
            System.arraycopy(chord, 0, music, start, 4000);
        }
        assertEquals("", detect(music));
    }
}
