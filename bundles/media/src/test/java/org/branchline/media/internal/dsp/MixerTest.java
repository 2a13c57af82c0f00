package org.branchline.media.internal.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MixerTest {
    private static short[] constant(int value) {
        short[] frame = new short[160];
        Arrays.fill(frame, (short) value);
        return frame;
    }

    private static short[][] outputs(int n) {
        short[][] out = new short[n][160];
        for (short[] frame : out) {
            Arrays.fill(frame, (short) 12345);
        }
        return out;
    }

    @Test
    void everyoneHearsTheOthersButNotThemselves() {
        Mixer mixer = new Mixer(8, 3);
        int a = mixer.add();
        int b = mixer.add();
        int c = mixer.add();
        short[][] in = {constant(100), constant(20), constant(3)};
        short[][] out = outputs(3);
        mixer.mix(in, new boolean[] {true, true, true}, out);
        assertEquals(23, out[a][0]);
        assertEquals(103, out[b][159]);
        assertEquals(120, out[c][77]);
    }

    @Test
    void aSilentParticipantHearsEveryone() {
        Mixer mixer = new Mixer(4, 3);
        mixer.add();
        mixer.add();
        mixer.add();
        short[][] in = {constant(100), constant(20), constant(-7)};
        short[][] out = outputs(3);
        mixer.mix(in, new boolean[] {true, false, true}, out);
        assertEquals(-7, out[0][0]);
        assertEquals(93, out[1][0]);
        assertEquals(100, out[2][0]);
    }

    @Test
    void theSumSaturates() {
        Mixer mixer = new Mixer(4, 3);
        for (int i = 0; i < 3; i++) {
            mixer.add();
        }
        short[][] out = outputs(3);
        mixer.mix(new short[][] {constant(30000), constant(30000), constant(0)}, new boolean[] {true, true, true}, out);
        assertEquals(32767, out[2][0]);
        mixer.mix(new short[][] {constant(-30000), constant(-30000), constant(0)}, new boolean[] {true, true, true},
                out);
        assertEquals(-32768, out[2][0]);
        assertEquals(-30000, out[0][0]);
    }

    @Test
    void onlyTheLoudestAreMixed() {
        Mixer mixer = new Mixer(8, 3);
        for (int i = 0; i < 5; i++) {
            mixer.add();
        }
        short[][] in = {constant(1), constant(1000), constant(100), constant(10), constant(10000)};
        short[][] out = outputs(5);
        mixer.mix(in, new boolean[] {true, true, true, true, true}, out);
        assertEquals(11100, out[0][0]);
        assertEquals(11100, out[3][0]);
        assertEquals(10100, out[1][0]);
        assertEquals(1100, out[4][0]);
    }

    @Test
    void idsAreReusedAndRemovedParticipantsAreLeftAlone() {
        Mixer mixer = new Mixer(3, 3);
        assertEquals(0, mixer.add());
        assertEquals(1, mixer.add());
        assertEquals(2, mixer.add());
        assertThrows(IllegalStateException.class, mixer::add);
        mixer.remove(1);
        assertEquals(2, mixer.size());
        short[][] out = outputs(3);
        mixer.mix(new short[][] {constant(5), constant(50), constant(500)}, new boolean[] {true, true, true}, out);
        assertEquals(500, out[0][0]);
        assertEquals(12345, out[1][0]);
        assertEquals(5, out[2][0]);
        assertEquals(1, mixer.add());
    }

    @Test
    void aListenerHearsEveryoneAndIsHeardByNobody() {
        Mixer mixer = new Mixer(4, 2);
        int caller = mixer.add();
        int agent = mixer.add();
        int monitor = mixer.add();
        mixer.heardBy(monitor, Mixer.NOBODY);
        short[][] out = outputs(3);
        mixer.mix(new short[][] {constant(100), constant(20), constant(9000)}, new boolean[] {true, true, true}, out);
        assertEquals(20, out[caller][0]);
        assertEquals(100, out[agent][0]);
        assertEquals(120, out[monitor][0], "the loudest, the listener, takes no speaker's place");
    }

    @Test
    void aWhisperIsHeardByItsOneListenerOnly() {
        Mixer mixer = new Mixer(4, 3);
        int caller = mixer.add();
        int agent = mixer.add();
        int supervisor = mixer.add();
        mixer.heardBy(supervisor, agent);
        short[][] out = outputs(3);
        mixer.mix(new short[][] {constant(100), constant(20), constant(3)}, new boolean[] {true, true, true}, out);
        assertEquals(20, out[caller][0], "the caller hears the agent, not the supervisor");
        assertEquals(103, out[agent][0], "the agent hears the caller and the supervisor");
        assertEquals(120, out[supervisor][0], "the supervisor hears both");

        mixer.heardBy(supervisor, Mixer.EVERYONE);
        mixer.mix(new short[][] {constant(100), constant(20), constant(3)}, new boolean[] {true, true, true}, out);
        assertEquals(23, out[caller][0], "barged in: everyone hears the supervisor");
    }
}
