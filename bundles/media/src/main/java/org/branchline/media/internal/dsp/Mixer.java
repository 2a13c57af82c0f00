package org.branchline.media.internal.dsp;

import java.util.Arrays;

/**
 * Conference mixing: each participant hears the sum of the others, saturated to 16 bits. Only the loudest
 * {@code maxSpeakers} present frames are mixed, so a large conference does not add up everyone's noise.
 * Participants are small integer ids, indexes into the arrays given to {@link #mix}. A participant is heard by
 * everyone, by nobody (a listener, never taking a speaker's place), or by one other participant (a whisper).
 */
public final class Mixer {
    /** {@link #heardBy} values besides a participant's id. */
    public static final int EVERYONE = -1;
    public static final int NOBODY = -2;
    private final boolean[] members;
    private final int[] heardBy;
    private final boolean[] speaking;
    private final double[] powers;
    private final int maxSpeakers;
    private int[] sum = new int[160];

    public Mixer(int capacity, int maxSpeakers) {
        this.members = new boolean[capacity];
        this.heardBy = new int[capacity];
        this.speaking = new boolean[capacity];
        this.powers = new double[capacity];
        this.maxSpeakers = maxSpeakers;
    }

    /** A new participant's id, the lowest free one. */
    public int add() {
        for (int id = 0; id < members.length; id++) {
            if (!members[id]) {
                members[id] = true;
                heardBy[id] = EVERYONE;
                return id;
            }
        }
        throw new IllegalStateException("conference full: " + members.length);
    }

    public void remove(int id) {
        members[id] = false;
    }

    /** Who hears participant {@code id}: {@link #EVERYONE}, {@link #NOBODY} or another participant's id. */
    public void heardBy(int id, int audience) {
        heardBy[id] = audience;
    }

    public int size() {
        int size = 0;
        for (boolean member : members) {
            size += member ? 1 : 0;
        }
        return size;
    }

    /**
     * Mixes one tick. {@code in[id]} is participant {@code id}'s frame when {@code present[id]}; every participant's
     * {@code out[id]} receives what it hears. Arrays of participants not added are left alone.
     */
    public void mix(short[][] in, boolean[] present, short[][] out) {
        chooseSpeakers(in, present);
        int n = frameLength(in, out);
        if (sum.length < n) {
            sum = new int[n];
        }
        Arrays.fill(sum, 0, n, 0);
        for (int id = 0; id < members.length; id++) {
            if (speaking[id] && heardBy[id] == EVERYONE) {
                for (int i = 0; i < n; i++) {
                    sum[i] += in[id][i];
                }
            }
        }
        for (int id = 0; id < members.length; id++) {
            if (members[id]) {
                hear(id, in, out[id], n);
            }
        }
    }

    private void hear(int id, short[][] in, short[] out, int n) {
        boolean inSum = speaking[id] && heardBy[id] == EVERYONE;
        for (int i = 0; i < n; i++) {
            out[i] = Levels.clip(sum[i] - (inSum ? in[id][i] : 0));
        }
        for (int w = 0; w < members.length; w++) {
            if (speaking[w] && heardBy[w] == id) {
                for (int i = 0; i < n; i++) {
                    out[i] = Levels.clip(out[i] + in[w][i]);
                }
            }
        }
    }

    private int frameLength(short[][] in, short[][] out) {
        for (int id = 0; id < members.length; id++) {
            if (members[id]) {
                return out[id].length;
            }
        }
        return 0;
    }

    private void chooseSpeakers(short[][] in, boolean[] present) {
        for (int id = 0; id < members.length; id++) {
            speaking[id] = false;
            boolean heard = members[id] && present[id] && heardBy[id] != NOBODY;
            powers[id] = heard ? Levels.power(in[id], in[id].length) : -1;
        }
        for (int chosen = 0; chosen < maxSpeakers; chosen++) {
            int loudest = -1;
            for (int id = 0; id < members.length; id++) {
                if (!speaking[id] && powers[id] >= 0 && (loudest < 0 || powers[id] > powers[loudest])) {
                    loudest = id;
                }
            }
            if (loudest < 0) {
                return;
            }
            speaking[loudest] = true;
        }
    }
}
