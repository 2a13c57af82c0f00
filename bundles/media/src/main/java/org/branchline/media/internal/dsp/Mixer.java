package org.branchline.media.internal.dsp;

import java.util.Arrays;

/**
 * Conference mixing: each participant hears the sum of the others, saturated to 16 bits. Only the loudest
 * {@code maxSpeakers} present frames are mixed, so a large conference does not add up everyone's noise.
 * Participants are small integer ids, indexes into the arrays given to {@link #mix}.
 */
public final class Mixer {
    private final boolean[] members;
    private final boolean[] speaking;
    private final double[] powers;
    private final int maxSpeakers;
    private int[] sum = new int[160];

    public Mixer(int capacity, int maxSpeakers) {
        this.members = new boolean[capacity];
        this.speaking = new boolean[capacity];
        this.powers = new double[capacity];
        this.maxSpeakers = maxSpeakers;
    }

    /** A new participant's id, the lowest free one. */
    public int add() {
        for (int id = 0; id < members.length; id++) {
            if (!members[id]) {
                members[id] = true;
                return id;
            }
        }
        throw new IllegalStateException("conference full: " + members.length);
    }

    public void remove(int id) {
        members[id] = false;
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
            if (speaking[id]) {
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
        for (int i = 0; i < n; i++) {
            out[i] = Levels.clip(sum[i] - (speaking[id] ? in[id][i] : 0));
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
            powers[id] = members[id] && present[id] ? Levels.power(in[id], in[id].length) : -1;
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
