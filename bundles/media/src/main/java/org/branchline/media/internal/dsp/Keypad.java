package org.branchline.media.internal.dsp;

/** The DTMF keypad: key {@code 4 r + c} of {@link #KEYS} is row frequency {@code r} with column frequency {@code c}. */
final class Keypad {
    static final String KEYS = "123A456B789C*0#D";
    static final double[] ROWS = {697, 770, 852, 941};
    static final double[] COLUMNS = {1209, 1336, 1477, 1633};

    private Keypad() {
    }
}
