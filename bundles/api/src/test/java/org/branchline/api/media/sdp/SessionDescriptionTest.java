package org.branchline.api.media.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionDescriptionTest {
    private static final String BARESIP = lines("v=0", "o=- 1 2 IN IP4 10.0.0.5", "s=-", "c=IN IP4 10.0.0.5",
            "t=0 0", "a=tool:baresip", "m=audio 40000 RTP/AVP 9 0 8 101", "b=AS:64", "a=rtpmap:9 G722/8000",
            "a=rtpmap:101 telephone-event/8000", "a=fmtp:101 0-15", "a=sendrecv", "a=label:1",
            "m=video 40002/2 RTP/AVP 96", "c=IN IP4 10.0.0.6", "a=rtpmap:96 H264/90000");

    @Test
    void linesNotModelledPassThroughVerbatimAndInOrder() {
        SessionDescription sdp = SessionDescription.parse(BARESIP);
        assertEquals(BARESIP, sdp.text());
        assertEquals(BARESIP, SessionDescription.parse(BARESIP.replace("\r\n", "\n")).text(), "LF lines read");
        assertEquals(List.of("audio", "video"), sdp.media().stream().map(Media::type).toList());
        assertEquals(2, sdp.media().get(1).portCount());
    }

    @Test
    void theFirstAudioStreamsAddressCodecsAndTelephoneEvents() {
        SessionDescription sdp = SessionDescription.parse(BARESIP);
        Media audio = sdp.firstAudio().orElseThrow();
        assertEquals(new InetSocketAddress("10.0.0.5", 40000), sdp.audioAddress().orElseThrow());
        assertEquals(List.of(9, 0, 8, 101), audio.payloadTypes());
        assertEquals("G722", audio.encoding(9).orElseThrow());
        assertEquals("PCMA", audio.encoding(8).orElseThrow(), "static payload types need no rtpmap");
        assertEquals("TELEPHONE-EVENT", audio.encoding(101).orElseThrow());
        assertTrue(audio.encoding(96).isEmpty());
        assertEquals(101, audio.telephoneEvents());
        assertEquals(-1, SessionDescription.parse("m=audio 5000 RTP/AVP 0\r\n").firstAudio().orElseThrow()
                .telephoneEvents());
        assertEquals(Direction.SENDRECV, sdp.direction());
        assertFalse(sdp.holds());
    }

    @Test
    void aStreamsOwnConnectionOverridesTheSessions() {
        SessionDescription sdp = SessionDescription.parse("v=0\r\nc=IN IP4 1.1.1.1\r\nm=video 6000 RTP/AVP 96\r\n"
                + "c=IN IP4 3.3.3.3\r\nm=audio 5000 RTP/AVP 0\r\nc=IN IP4 2.2.2.2/127\r\n");
        assertEquals(new InetSocketAddress("2.2.2.2", 5000), sdp.audioAddress().orElseThrow());
        assertEquals("1.1.1.1", sdp.connection().orElseThrow().host());
        assertEquals(new InetSocketAddress("1.1.1.1", 5000), SessionDescription.parse(
                "v=0\r\nc=IN IP4 1.1.1.1\r\nm=video 6000 RTP/AVP 96\r\nc=IN IP4 3.3.3.3\r\nm=audio 5000 RTP/AVP 0\r\n")
                .audioAddress().orElseThrow());
    }

    @Test
    void noAddressWithoutAnAudioStreamAConnectionOrAPort() {
        assertTrue(SessionDescription.parse("v=0\r\nc=IN IP4 1.1.1.1\r\nm=video 5000 RTP/AVP 96\r\n")
                .audioAddress().isEmpty());
        assertTrue(SessionDescription.parse("v=0\r\nm=audio 5000 RTP/AVP 0\r\n").audioAddress().isEmpty());
        assertTrue(SessionDescription.parse("v=0\r\nc=IN IP4 1.1.1.1\r\nm=audio 0 RTP/AVP 0\r\n").audioAddress()
                .isEmpty());
    }

    @Test
    void ipv6AddressesAreReadAndWritten() {
        SessionDescription sdp = SessionDescription.parse(
                "v=0\r\no=- 1 1 IN IP6 2001:db8::5\r\nc=IN IP6 2001:db8::5\r\nm=audio 4000 RTP/AVP 0\r\n");
        assertEquals(new InetSocketAddress("2001:db8::5", 4000), sdp.audioAddress().orElseThrow());
        assertEquals(new Connection("IN", "IP6", "2001:db8::5"), sdp.origin().orElseThrow().address());
        SessionDescription moved = sdp.withFirstAudioAt("2001:db8::1", 17000);
        assertTrue(moved.text().contains("c=IN IP6 2001:db8::1\r\nm=audio 17000 RTP/AVP 0\r\n"), moved.text());
        assertTrue(SessionDescription.parse(BARESIP).withFirstAudioAt("[::1]", 17000).text()
                .contains("c=IN IP6 ::1\r\n"));
        assertEquals("o=branchline 7 8 IN IP6 ::1", sdp.withOrigin(new Origin("branchline", 7, 8, "::1")).lines()
                .get(1));
        assertTrue(sdp.withFirstAudioAt("192.0.2.1", 17000).text().contains("c=IN IP4 192.0.2.1\r\n"));
    }

    @Test
    void movingTheAudioStreamLeavesLaterStreamsAlone() {
        String out = SessionDescription.parse(BARESIP).withFirstAudioAt("192.0.2.1", 17000).text();
        assertEquals(BARESIP.replace("c=IN IP4 10.0.0.5", "c=IN IP4 192.0.2.1").replace("m=audio 40000",
                "m=audio 17000"), out);
        String audioSecond = "v=0\r\nc=IN IP4 1.1.1.1\r\nm=video 6000 RTP/AVP 96\r\nc=IN IP4 3.3.3.3\r\n"
                + "m=audio 5000 RTP/AVP 0\r\nc=IN IP4 2.2.2.2\r\nm=audio 7000 RTP/AVP 0\r\nc=IN IP4 4.4.4.4\r\n";
        assertEquals("v=0\r\nc=IN IP4 9.9.9.9\r\nm=video 6000 RTP/AVP 96\r\nc=IN IP4 9.9.9.9\r\n"
                + "m=audio 1000 RTP/AVP 0\r\nc=IN IP4 9.9.9.9\r\nm=audio 7000 RTP/AVP 0\r\nc=IN IP4 4.4.4.4\r\n",
                SessionDescription.parse(audioSecond).withFirstAudioAt("9.9.9.9", 1000).text(),
                "the c= lines up to the end of the first audio stream change, as the relay always did");
    }

    @Test
    void theOriginIsReplacedAndNothingElse() {
        SessionDescription sdp = SessionDescription.parse(BARESIP);
        Origin origin = new Origin("branchline", 12, 13, "192.0.2.1");
        assertEquals(BARESIP.replace("o=- 1 2 IN IP4 10.0.0.5", "o=branchline 12 13 IN IP4 192.0.2.1"),
                sdp.withOrigin(origin).text());
        assertEquals(origin, sdp.withOrigin(origin).origin().orElseThrow());
        assertEquals("18446744073709551615", SessionDescription.parse("o=- 18446744073709551615 1 IN IP4 1.1.1.1")
                .origin().orElseThrow().sessionId(), "phones use unsigned 64-bit session ids");
    }

    @Test
    void holdFormsAtMediaOrSessionLevel() {
        assertTrue(holds("v=0\r\nm=audio 5000 RTP/AVP 0\r\na=sendonly\r\n"));
        assertTrue(holds("v=0\r\na=inactive\r\nm=audio 5000 RTP/AVP 0\r\n"));
        assertTrue(holds("v=0\r\nc=IN IP4 0.0.0.0\r\nm=audio 5000 RTP/AVP 0\r\n"));
        assertTrue(holds("v=0\r\nm=audio 5000 RTP/AVP 0\r\nc=IN IP6 ::\r\n"));
        assertFalse(holds("v=0\r\nc=IN IP4 1.1.1.1\r\nm=audio 5000 RTP/AVP 0\r\na=recvonly\r\n"));
        assertFalse(holds("v=0\r\na=sendonly\r\nm=audio 5000 RTP/AVP 0\r\na=sendrecv\r\n"), "the stream's wins");
        assertEquals(Direction.INACTIVE, SessionDescription.parse("a=inactive\r\n").direction());
    }

    @Test
    void theAudioStreamsDirectionIsSet() {
        String held = "v=0\r\na=sendrecv\r\nc=IN IP4 10.0.0.7\r\nm=audio 4000 RTP/AVP 0\r\na=sendrecv\r\na=ptime:20\r\n"
                + "m=video 5000 RTP/AVP 96\r\na=sendrecv\r\n";
        SessionDescription answer = SessionDescription.parse(held).withDirection(Direction.RECVONLY);
        assertEquals(held.replace("a=sendrecv\r\na=ptime:20\r\n", "a=ptime:20\r\na=recvonly\r\n"), answer.text());
        assertEquals(Direction.RECVONLY, answer.direction());
        assertEquals("v=0\r\na=inactive\r\n",
                SessionDescription.parse("v=0\r\na=sendonly\r\n").withDirection(Direction.INACTIVE).text());
        assertEquals(Direction.RECVONLY, Direction.SENDONLY.answer());
        assertEquals(Direction.INACTIVE, Direction.INACTIVE.answer());
    }

    @Test
    void theEnginesAnswer() {
        Origin origin = new Origin("branchline", 1700000000, 0, "192.0.2.1");
        assertEquals(lines("v=0", "o=branchline 1700000000 0 IN IP4 192.0.2.1", "s=-", "c=IN IP4 192.0.2.1",
                "t=0 0", "m=audio 20000 RTP/AVP 8 101", "a=rtpmap:8 PCMA/8000", "a=rtpmap:101 telephone-event/8000",
                "a=fmtp:101 0-15", "a=ptime:20", "a=recvonly"),
                SessionDescription.of(origin, Media.audio(20000, 8, "PCMA", 101, Direction.RECVONLY)).text());
        String v6 = SessionDescription.of(new Origin("branchline", 1, 2, "2001:db8::1"),
                Media.audio(20000, 0, "PCMU", -1, Direction.SENDRECV)).text();
        assertEquals(lines("v=0", "o=branchline 1 2 IN IP6 2001:db8::1", "s=-", "c=IN IP6 2001:db8::1", "t=0 0",
                "m=audio 20000 RTP/AVP 0", "a=rtpmap:0 PCMU/8000", "a=ptime:20", "a=sendrecv"), v6);
    }

    @Test
    void malformedDescriptionsAreRefused() {
        assertThrows(SdpException.class, () -> SessionDescription.parse(""));
        assertThrows(SdpException.class, () -> SessionDescription.parse((byte[]) null));
        assertThrows(SdpException.class, () -> SessionDescription.parse("v=0\r\nm=audio x RTP/AVP 0\r\n"));
        assertThrows(SdpException.class, () -> SessionDescription.parse("v=0\r\nm=audio 4000\r\n"));
        assertThrows(SdpException.class, () -> SessionDescription.parse("v=0\r\nc=IN IP4\r\n"));
        assertThrows(SdpException.class, () -> SessionDescription.parse("v=0\r\no=alice 1 IN IP4 1.1.1.1\r\n"));
        assertTrue(SessionDescription.read(new byte[0]).isEmpty());
        assertTrue(SessionDescription.read("m=audio 4000\r\n".getBytes()).isEmpty());
    }

    private static boolean holds(String sdp) {
        return SessionDescription.parse(sdp).holds();
    }

    private static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}
