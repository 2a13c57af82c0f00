package org.branchline.media.internal.dsp;

/**
 * In-band DTMF detection on 8 kHz audio, analysed in blocks of 106 samples (13.25 ms, whose Goertzel filters
 * separate neighbouring DTMF frequencies). A block holds a digit when its strongest row and column tones are both
 * loud enough, within the twist limits, clearly above the other tones of their group, together carry most of the
 * block's energy, and have little energy at twice their frequencies (voices have harmonics, DTMF has not). A digit
 * is reported when two blocks in a row hold it (a tone of 40 ms always spans two blocks) and may be reported again
 * after two blocks without it (a 40 ms pause always spans two).
 */
public final class DtmfDetector {
    private static final int RATE = 8000;
    private static final int BLOCK = 106;
    private static final float MIN_TONE_POWER = (float) Levels.sinePower(-36);
    private static final float NORMAL_TWIST = (float) Math.pow(10, 8 / 10.0);
    private static final float REVERSE_TWIST = (float) Math.pow(10, 4 / 10.0);
    private static final float NEIGHBOUR_MARGIN = (float) Math.pow(10, 8 / 10.0);
    private static final float MIN_SHARE_OF_ENERGY = 0.7f;
    private static final float MAX_HARMONIC_SHARE = 0.1f;
    private static final int BLOCKS_TO_REPORT = 2;
    private static final int BLOCKS_TO_RELEASE = 2;

    private final Goertzel[] rows = filters(Keypad.ROWS, 1);
    private final Goertzel[] columns = filters(Keypad.COLUMNS, 1);
    private final Goertzel[] rowHarmonics = filters(Keypad.ROWS, 2);
    private final Goertzel[] columnHarmonics = filters(Keypad.COLUMNS, 2);
    private final float[] block = new float[BLOCK];
    private final float[] rowPowers = new float[4];
    private final float[] columnPowers = new float[4];
    private int filled;
    private char last;
    private int run;
    private char down;
    private int misses;

    private static Goertzel[] filters(double[] hz, int harmonic) {
        Goertzel[] filters = new Goertzel[hz.length];
        for (int i = 0; i < hz.length; i++) {
            filters[i] = new Goertzel(hz[i] * harmonic, RATE);
        }
        return filters;
    }

    /** Feeds one frame of any length; returns a newly detected digit, or null. */
    public Character feed(short[] frame) {
        Character found = null;
        for (short sample : frame) {
            block[filled++] = sample;
            if (filled == BLOCK) {
                filled = 0;
                Character digit = track(analyse());
                found = digit != null ? digit : found;
            }
        }
        return found;
    }

    private Character track(char digit) {
        run = digit != 0 && digit == last ? run + 1 : (digit != 0 ? 1 : 0);
        last = digit;
        if (down != 0) {
            misses = digit == down ? 0 : misses + 1;
            if (misses >= BLOCKS_TO_RELEASE) {
                down = 0;
            }
        }
        if (down == 0 && run >= BLOCKS_TO_REPORT) {
            down = digit;
            misses = 0;
            return digit;
        }
        return null;
    }

    private char analyse() {
        float meanSquare = 0;
        for (float x : block) {
            meanSquare += x * x;
        }
        meanSquare /= BLOCK;
        if (meanSquare < 2 * MIN_TONE_POWER) {
            return 0;
        }
        int row = strongest(rows, rowPowers);
        int column = strongest(columns, columnPowers);
        float rowPower = rowPowers[row];
        float columnPower = columnPowers[column];
        boolean valid = rowPower >= MIN_TONE_POWER && columnPower >= MIN_TONE_POWER
                && columnPower <= rowPower * NORMAL_TWIST && rowPower <= columnPower * REVERSE_TWIST
                && standsOut(rowPowers, row) && standsOut(columnPowers, column)
                && rowPower + columnPower >= MIN_SHARE_OF_ENERGY * meanSquare
                && harmonicsAreWeak(row, column, rowPower + columnPower);
        return valid ? Keypad.KEYS.charAt(row * 4 + column) : 0;
    }

    private int strongest(Goertzel[] filters, float[] powers) {
        int best = 0;
        for (int i = 0; i < filters.length; i++) {
            powers[i] = filters[i].power(block, BLOCK);
            best = powers[i] > powers[best] ? i : best;
        }
        return best;
    }

    private static boolean standsOut(float[] powers, int best) {
        for (int i = 0; i < powers.length; i++) {
            if (i != best && powers[i] * NEIGHBOUR_MARGIN > powers[best]) {
                return false;
            }
        }
        return true;
    }

    private boolean harmonicsAreWeak(int row, int column, float tonePower) {
        float harmonics = rowHarmonics[row].power(block, BLOCK) + columnHarmonics[column].power(block, BLOCK);
        return harmonics <= MAX_HARMONIC_SHARE * tonePower;
    }
}
