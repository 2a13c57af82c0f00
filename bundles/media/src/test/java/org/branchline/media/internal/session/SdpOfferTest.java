package org.branchline.media.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.branchline.api.media.MediaException;
import org.junit.jupiter.api.Test;

class SdpOfferTest {
    private static final String BARESIP = String.join("\r\n", "v=0", "o=- 1 2 IN IP4 10.0.0.5", "s=-",
            "c=IN IP4 10.0.0.5", "t=0 0", "m=audio 40000 RTP/AVP 9 0 8 101", "a=rtpmap:9 G722/8000",
            "a=rtpmap:101 telephone-event/8000", "a=fmtp:101 0-15", "a=sendrecv", "m=video 40002 RTP/AVP 96", "");

    @Test
    void readsTheFirstAudioStream() throws MediaException {
        SdpOffer offer = SdpOffer.parse(BARESIP);
        assertEquals("10.0.0.5", offer.address().getHostString());
        assertEquals(40000, offer.address().getPort());
        assertEquals(List.of(9, 0, 8, 101), offer.payloadTypes());
        assertEquals("G722", offer.encoding(9).orElseThrow());
        assertEquals("PCMA", offer.encoding(8).orElseThrow(), "static payload types need no rtpmap");
        assertEquals(101, offer.telephoneEvents());
        assertFalse(offer.onHold());
    }

    @Test
    void aMediaLevelConnectionWinsAndHoldIsSeen() throws MediaException {
        SdpOffer offer = SdpOffer.parse("v=0\r\nc=IN IP4 1.1.1.1\r\nm=audio 5000 RTP/AVP 0\r\nc=IN IP4 2.2.2.2\r\n"
                + "a=sendonly\r\n");
        assertEquals("2.2.2.2", offer.address().getHostString());
        assertEquals(-1, offer.telephoneEvents());
        assertTrue(offer.onHold());
    }

    @Test
    void noAudioIsNotAcceptable() {
        MediaException e = assertThrows(MediaException.class,
                () -> SdpOffer.parse("v=0\r\nc=IN IP4 1.1.1.1\r\nm=video 5000 RTP/AVP 96\r\n"));
        assertEquals(488, e.status());
        assertEquals(488, assertThrows(MediaException.class, () -> SdpOffer.parse("")).status());
    }
}
