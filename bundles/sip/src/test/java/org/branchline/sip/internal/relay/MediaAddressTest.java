package org.branchline.sip.internal.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MediaAddressTest {
    private static final String SDP = "v=0\r\no=a 1 1 IN IP4 10.0.0.5\r\ns=-\r\nc=IN IP4 10.0.0.5\r\nt=0 0\r\n"
            + "m=audio 4000 RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\nm=video 5000 RTP/AVP 96\r\n";

    @Test
    void readsTheFirstAudioStream() {
        assertEquals(new InetSocketAddress("10.0.0.5", 4000), MediaAddress.of(bytes(SDP)).orElseThrow());
    }

    @Test
    void mediaLevelConnectionWins() {
        String sdp = "v=0\r\nc=IN IP4 10.0.0.5\r\nm=audio 4000 RTP/AVP 0\r\nc=IN IP4 10.0.0.9\r\n";
        assertEquals(new InetSocketAddress("10.0.0.9", 4000), MediaAddress.of(bytes(sdp)).orElseThrow());
    }

    @Test
    void rewriteMovesOnlyTheAudioStream() {
        String out = new String(MediaAddress.rewrite(bytes(SDP), "192.0.2.1", 17000), StandardCharsets.UTF_8);
        assertTrue(out.contains("c=IN IP4 192.0.2.1\r\n"), out);
        assertTrue(out.contains("m=audio 17000 RTP/AVP 0 101\r\n"), out);
        assertTrue(out.contains("m=video 5000 RTP/AVP 96\r\n"), out);
        assertEquals(new InetSocketAddress("192.0.2.1", 17000), MediaAddress.of(out.getBytes()).orElseThrow());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
