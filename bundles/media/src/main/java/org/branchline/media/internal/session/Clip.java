package org.branchline.media.internal.session;

import java.util.Arrays;
import java.util.List;

/**
 * Audio the player sends, one 20 ms frame at a time, as µ-law: prompts, recordings and music are µ-law already,
 * so a PCMU session sends them without converting anything.
 */
interface Clip {
    int FRAME = 160;
    byte SILENCE = (byte) 0xFF;

    /** Writes the next frame at {@code out[at..at+160)}; false when the clip had nothing left (untouched then). */
    boolean next(byte[] out, int at);

    /** Raw µ-law audio, looping when {@code loop}; the array is shared, never written. */
    static Clip ulaw(byte[] data, boolean loop) {
        return new Clip() {
            private int position;

            @Override
            public boolean next(byte[] out, int at) {
                if (position >= data.length && (!loop || data.length == 0)) {
                    return false;
                }
                for (int filled = 0; filled < FRAME;) {
                    if (position >= data.length) {
                        if (!loop) {
                            Arrays.fill(out, at + filled, at + FRAME, SILENCE);
                            break;
                        }
                        position = 0;
                    }
                    int n = Math.min(FRAME - filled, data.length - position);
                    System.arraycopy(data, position, out, at + filled, n);
                    position += n;
                    filled += n;
                }
                return true;
            }
        };
    }

    static Clip silence(int millis) {
        byte[] quiet = new byte[millis * 8];
        Arrays.fill(quiet, SILENCE);
        return ulaw(quiet, false);
    }

    /** The clips one after the other. */
    static Clip sequence(List<Clip> clips) {
        return new Clip() {
            private int current;

            @Override
            public boolean next(byte[] out, int at) {
                while (current < clips.size()) {
                    if (clips.get(current).next(out, at)) {
                        return true;
                    }
                    current++;
                }
                return false;
            }
        };
    }
}
