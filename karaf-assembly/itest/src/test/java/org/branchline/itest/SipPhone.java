package org.branchline.itest;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phone for the in-container tests: one UDP socket on 127.0.0.1 that registers with digest MD5 (qop=auth)
 * and places calls offering PCMU from a second socket that swallows the RTP it is sent.
 */
final class SipPhone implements AutoCloseable {
    private static final Pattern PARAM = Pattern.compile("(\\w+)=\"?([^\",]*)\"?");
    private final DatagramSocket socket;
    private final DatagramSocket rtp;
    private final InetSocketAddress server;
    private final String login;
    private final String tag = Long.toHexString(ThreadLocalRandom.current().nextLong());
    private int cseq;

    /** An answer to one request, with what a later request of the same dialog needs. */
    record Answer(int status, String uri, String branch, String callId, int cseq, String to, String contact,
            String text) {
    }

    SipPhone(int serverPort, String login) throws IOException {
        this.server = new InetSocketAddress("127.0.0.1", serverPort);
        this.login = login;
        this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        this.rtp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        socket.setSoTimeout(500);
    }

    /** REGISTER, answering the challenge with {@code password}; the final status. */
    int register(String password) throws IOException {
        String callId = newId();
        Answer challenge = send("REGISTER", "sip:" + host(), callId, to(login), "", null);
        if (challenge.status() != 401) {
            return challenge.status();
        }
        String authorization = authorization(challenge.text(), password, "REGISTER", "sip:" + host());
        return send("REGISTER", "sip:" + host(), callId, to(login), "", authorization).status();
    }

    /** INVITE to {@code digits}; the final answer (provisional ones are skipped). */
    Answer invite(String digits) throws IOException {
        String sdp = "v=0\r\no=itest 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=audio " + rtp.getLocalPort() + " RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
        return send("INVITE", "sip:" + digits + "@" + host(), newId(), to(digits), sdp, null);
    }

    /** Acknowledges the final answer to an INVITE: a new transaction after 2xx, the INVITE's own otherwise. */
    void ack(Answer answer) throws IOException {
        boolean success = answer.status() < 300;
        transmit(request("ACK", success ? answer.contact() : answer.uri(), success ? branch() : answer.branch(),
                answer.callId(), answer.cseq(), answer.to(), "", null));
    }

    /** BYE in the dialog the 2xx answer made; the final status. */
    int bye(Answer answer) throws IOException {
        return send("BYE", answer.contact(), answer.callId(), answer.to(), "", null).status();
    }

    private Answer send(String method, String uri, String callId, String to, String body, String authorization)
            throws IOException {
        int number = ++cseq;
        String branch = branch();
        String request = request(method, uri, branch, callId, number, to, body, authorization);
        long deadline = System.currentTimeMillis() + 5000;
        transmit(request);
        while (System.currentTimeMillis() < deadline) {
            String text = receive();
            if (text == null) {
                transmit(request);
            } else if (text.contains(branch) && status(text) >= 200) {
                return new Answer(status(text), uri, branch, callId, number, header(text, "To"), contact(text), text);
            }
        }
        throw new SocketTimeoutException("no final answer to " + method + " " + uri);
    }

    private String request(String method, String uri, String branch, String callId, int number, String to,
            String body, String authorization) {
        StringBuilder r = new StringBuilder(method).append(' ').append(uri).append(" SIP/2.0\r\n")
                .append("Via: SIP/2.0/UDP 127.0.0.1:").append(socket.getLocalPort()).append(";branch=")
                .append(branch).append(";rport\r\nMax-Forwards: 70\r\n")
                .append("From: <sip:").append(login).append("@127.0.0.1>;tag=").append(tag).append("\r\n")
                .append("To: ").append(to).append("\r\nCall-ID: ").append(callId).append("\r\nCSeq: ")
                .append(number).append(' ').append(method).append("\r\nContact: <sip:").append(login)
                .append("@127.0.0.1:").append(socket.getLocalPort()).append(">\r\n");
        if (authorization != null) {
            r.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (!body.isEmpty()) {
            r.append("Content-Type: application/sdp\r\n");
        }
        return r.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n")
                .append(body).toString();
    }

    private String authorization(String challenge, String password, String method, String uri) {
        Map<String, String> p = new java.util.HashMap<>();
        Matcher m = PARAM.matcher(header(challenge, "WWW-Authenticate"));
        while (m.find()) {
            p.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
        }
        String cnonce = newId();
        String ha1 = md5(login + ":" + p.get("realm") + ":" + password);
        String response = md5(ha1 + ":" + p.get("nonce") + ":00000001:" + cnonce + ":auth:" + md5(method + ":" + uri));
        return "Digest username=\"" + login + "\", realm=\"" + p.get("realm") + "\", nonce=\"" + p.get("nonce")
                + "\", uri=\"" + uri + "\", response=\"" + response + "\", algorithm=MD5, qop=auth, nc=00000001,"
                + " cnonce=\"" + cnonce + "\"";
    }

    private void transmit(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, server));
    }

    private String receive() throws IOException {
        DatagramPacket packet = new DatagramPacket(new byte[8192], 8192);
        try {
            socket.receive(packet);
        } catch (SocketTimeoutException e) {
            return null;
        }
        return new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
    }

    private static int status(String text) {
        return text.startsWith("SIP/2.0 ") ? Integer.parseInt(text.substring(8, 11)) : 0;
    }

    private static String header(String text, String name) {
        for (String line : text.split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return "";
    }

    private static String contact(String text) {
        String c = header(text, "Contact");
        return c.contains("<") ? c.substring(c.indexOf('<') + 1, c.indexOf('>')) : c;
    }

    private String host() {
        return "127.0.0.1:" + server.getPort();
    }

    private String to(String user) {
        return "<sip:" + user + "@" + host() + ">";
    }

    private static String branch() {
        return "z9hG4bK" + newId();
    }

    private static String newId() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        socket.close();
        rtp.close();
    }
}
