package org.branchline.itest;

import static org.junit.Assert.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Asks the SIP core whether it answers: an OPTIONS request over UDP to 127.0.0.1. */
final class SipOptions {
    private SipOptions() {
    }

    /** Sends OPTIONS to the port and returns the status of the answer (3 s at most). */
    static int status(int sipPort) throws Exception {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(3000);
            int port = socket.getLocalPort();
            String request = "OPTIONS sip:127.0.0.1:" + sipPort + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + port + ";branch=z9hG4bK" + System.nanoTime() + "\r\n"
                    + "Max-Forwards: 70\r\nFrom: <sip:itest@127.0.0.1>;tag=it\r\nTo: <sip:127.0.0.1>\r\n"
                    + "Call-ID: " + System.nanoTime() + "@itest\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
            byte[] bytes = request.getBytes(StandardCharsets.US_ASCII);
            socket.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress("127.0.0.1", sipPort)));
            DatagramPacket answer = new DatagramPacket(new byte[4096], 4096);
            socket.receive(answer);
            String line = new String(answer.getData(), 0, answer.getLength(), StandardCharsets.US_ASCII);
            assertTrue(line, line.startsWith("SIP/2.0 "));
            return Integer.parseInt(line.substring(8, 11));
        }
    }
}
