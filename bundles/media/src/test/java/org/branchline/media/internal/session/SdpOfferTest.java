package org.branchline.media.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import org.branchline.api.media.MediaException;
import org.branchline.api.media.sdp.Direction;
import org.junit.jupiter.api.Test;

class SdpOfferTest {
    @Test
    void theFirstAudioStreamWhereItGoesAndItsDirection() throws MediaException {
        SdpOffer offer = SdpOffer.parse("v=0\r\nc=IN IP4 1.1.1.1\r\nm=video 6000 RTP/AVP 96\r\n"
                + "m=audio 5000 RTP/AVP 0\r\nc=IN IP4 2.2.2.2\r\na=sendonly\r\n");
        assertEquals(new InetSocketAddress("2.2.2.2", 5000), offer.address());
        assertEquals("audio", offer.audio().type());
        assertEquals(Direction.SENDONLY, offer.direction());
    }

    @Test
    void noAudioOrNoDescriptionIsNotAcceptable() {
        assertEquals(488, status("v=0\r\nc=IN IP4 1.1.1.1\r\nm=video 5000 RTP/AVP 96\r\n"));
        assertEquals(488, status("v=0\r\nm=audio 5000 RTP/AVP 0\r\n"), "no address");
        assertEquals(488, status("v=0\r\nc=IN IP4 1.1.1.1\r\nm=audio five RTP/AVP 0\r\n"));
        assertEquals(488, status(""));
        assertEquals(488, status(null));
    }

    private static int status(String sdp) {
        return assertThrows(MediaException.class, () -> SdpOffer.parse(sdp)).status();
    }
}
