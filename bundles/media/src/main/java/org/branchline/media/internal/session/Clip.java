package org.branchline.media.internal.session;

import java.util.Arrays;
import java.util.List;
import org.branchline.media.internal.codec.Pcmu;

/** Audio the player sends, one 20 ms frame of 8 kHz linear samples at a time. */
interface Clip {
    int FRAME = 160;

    /** Fills {@code frame}; false when the clip had nothing left (the frame is then untouched). */
    boolean next(short[] frame);

    /** Raw µ-law audio (prompts, recordings, music), looping when {@code loop}. */
    static Clip ulaw(byte[] data, boolean loop) {
        return new Clip() {
            private int at;

            @Override
            public boolean next(short[] frame) {
                if (at >= data.length && (!loop || data.length == 0)) {
                    return false;
                }
                for (int i = 0; i < FRAME; i++) {
                    if (at >= data.length && loop) {
                        at = 0;
                    }
                    frame[i] = at < data.length ? Pcmu.toLinear(data[at++]) : 0;
                }
                return true;
            }
        };
    }

    /** Linear samples (tones). */
    static Clip pcm(short[] samples) {
        return new Clip() {
            private int at;

            @Override
            public boolean next(short[] frame) {
                if (at >= samples.length) {
                    return false;
                }
                int n = Math.min(FRAME, samples.length - at);
                System.arraycopy(samples, at, frame, 0, n);
                Arrays.fill(frame, n, FRAME, (short) 0);
                at += n;
                return true;
            }
        };
    }

    static Clip silence(int millis) {
        return pcm(new short[millis * 8]);
    }

    /** The clips one after the other. */
    static Clip sequence(List<Clip> clips) {
        return new Clip() {
            private int at;

            @Override
            public boolean next(short[] frame) {
                while (at < clips.size()) {
                    if (clips.get(at).next(frame)) {
                        return true;
                    }
                    at++;
                }
                return false;
            }
        };
    }
}
