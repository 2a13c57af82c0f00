package org.branchline.sip.internal.relay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.branchline.api.media.sdp.SessionDescription;
import org.junit.jupiter.api.Test;

class MediaRelayTest {
    @Test
    void packetsFromEachPhoneReachTheOtherThroughTheServerPorts() throws Exception {
        try (MediaRelay relay = new MediaRelay("127.0.0.1", 38000, 38099, 0);
                DatagramSocket alice = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                DatagramSocket bob = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            alice.setSoTimeout(2000);
            bob.setSoTimeout(2000);
            RelaySession session = relay.open().orElseThrow();
            session.caller().learn(sdp(alice.getLocalPort()));
            session.callee().learn(sdp(bob.getLocalPort()));
            InetSocketAddress aliceSendsTo = audioAddress(session.caller().show(sdp(bob.getLocalPort())));
            InetSocketAddress bobSendsTo = audioAddress(session.callee().show(sdp(alice.getLocalPort())));
            Thread.sleep(100);
            byte[] hello = "rtp from alice".getBytes(StandardCharsets.UTF_8);
            alice.send(new DatagramPacket(hello, hello.length, aliceSendsTo));
            assertArrayEquals(hello, receive(bob));
            byte[] back = "rtp from bob".getBytes(StandardCharsets.UTF_8);
            bob.send(new DatagramPacket(back, back.length, bobSendsTo));
            assertArrayEquals(back, receive(alice));
            assertEquals(2, session.packets());
            assertEquals(1, relay.sessions());
            session.close();
            session.close();
            waitUntil(() -> relay.sessions() == 0);
            assertEquals(0, relay.sessions());
        }
    }

    @Test
    void aBodyThatIsNoDescriptionIsShownAsItIs() throws Exception {
        try (MediaRelay relay = new MediaRelay("127.0.0.1", 38100, 38199, 0)) {
            RelaySession.End end = relay.open().orElseThrow().caller();
            byte[] garbled = "v=0\r\nm=audio x RTP/AVP 0\r\n".getBytes(StandardCharsets.UTF_8);
            assertSame(garbled, end.show(garbled));
            assertNull(end.show(null));
            end.learn(garbled);
            end.session().close();
        }
    }

    private static InetSocketAddress audioAddress(byte[] sdp) {
        return SessionDescription.parse(sdp).audioAddress().orElseThrow();
    }

    /** The relay thread gives ports back on its own time. */
    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 2000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
    }

    private static byte[] sdp(int port) {
        return ("v=0\r\nc=IN IP4 127.0.0.1\r\nm=audio " + port + " RTP/AVP 0\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] receive(DatagramSocket s) throws Exception {
        DatagramPacket p = new DatagramPacket(new byte[200], 200);
        s.receive(p);
        return java.util.Arrays.copyOf(p.getData(), p.getLength());
    }
}
