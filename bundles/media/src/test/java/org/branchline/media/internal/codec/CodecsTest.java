package org.branchline.media.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodecsTest {
    @Test
    void namesAreCaseInsensitive() {
        assertEquals("PCMU", Codecs.byName("pcmu").orElseThrow().name());
        assertEquals("PCMA", Codecs.byName("PcmA").orElseThrow().name());
        assertEquals("G722", Codecs.byName("g722").orElseThrow().name());
        assertTrue(Codecs.byName("GSM").isEmpty());
    }

    @Test
    void preferenceOrder() {
        assertEquals(List.of("PCMU", "PCMA", "G722"), Codecs.supported());
    }

    @Test
    void staticPayloadTypesAndClocks() {
        for (String name : Codecs.supported()) {
            Codec codec = Codecs.byName(name).orElseThrow();
            assertEquals(8000, codec.rtpClockRate());
            assertEquals(160, codec.payloadBytes());
            assertNotSame(codec, codec.fresh());
            assertEquals(name, codec.fresh().name());
        }
        assertEquals(0, new Pcmu().payloadType());
        assertEquals(8, new Pcma().payloadType());
        assertEquals(9, new G722().payloadType());
    }
}
