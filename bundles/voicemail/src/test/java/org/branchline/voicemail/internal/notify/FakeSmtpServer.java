package org.branchline.voicemail.internal.notify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/** An SMTP relay on localhost that offers what a test sets, and records one session at a time. */
final class FakeSmtpServer implements AutoCloseable {
    volatile boolean ehlo = true;
    volatile SSLContext tls;
    volatile String authMechanisms;
    volatile String user = "jsmith";
    volatile String password = "s3cret";
    volatile Set<String> refused = Set.of();

    final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    volatile List<String> dataLines;
    volatile boolean encrypted;
    volatile String authenticated;

    private final ServerSocket server;
    private Socket socket;
    private BufferedReader in;
    private OutputStream out;

    FakeSmtpServer() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::serve, "fake-smtp");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                use(s);
                session();
            } catch (IOException e) {
                // the client hung up, e.g. after refusing the certificate
            }
        }
    }

    private void use(Socket s) throws IOException {
        socket = s;
        in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        out = s.getOutputStream();
    }

    private void session() throws IOException {
        encrypted = false;
        reply("220 fake ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            commands.add(line);
            if (!answer(line)) {
                return;
            }
        }
    }

    private boolean answer(String line) throws IOException {
        String verb = line.split(" ")[0].toUpperCase();
        switch (verb) {
            case "EHLO" -> reply(ehlo ? extensions() : "502 5.5.1 EHLO not implemented");
            case "HELO" -> reply("250 fake");
            case "STARTTLS" -> startTls();
            case "AUTH" -> auth(line.split(" "));
            case "MAIL" -> reply("250 2.1.0 ok");
            case "RCPT" -> reply(refused.contains(address(line)) ? "550 5.1.1 no such user" : "250 2.1.5 ok");
            case "DATA" -> data();
            case "QUIT" -> {
                reply("221 bye");
                return false;
            }
            default -> reply("500 5.5.2 what?");
        }
        return true;
    }

    /** AUTH is offered only once encrypted, as most submission relays do, unless there is no TLS at all. */
    private String extensions() {
        List<String> lines = new ArrayList<>(List.of("fake greets you", "8BITMIME"));
        if (tls != null && !encrypted) {
            lines.add("STARTTLS");
        }
        if (authMechanisms != null && (encrypted || tls == null)) {
            lines.add("AUTH " + authMechanisms);
        }
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            r.append("250").append(i == lines.size() - 1 ? " " : "-").append(lines.get(i));
            if (i < lines.size() - 1) {
                r.append("\r\n");
            }
        }
        return r.toString();
    }

    private void startTls() throws IOException {
        reply("220 2.0.0 go ahead");
        SSLSocket s = (SSLSocket) tls.getSocketFactory().createSocket(socket, null, socket.getPort(), true);
        s.setUseClientMode(false);
        s.startHandshake();
        use(s);
        encrypted = true;
    }

    private void auth(String[] words) throws IOException {
        if (words[1].equals("PLAIN")) {
            String[] parts = decode(words[2]).split("\0", -1);
            check(parts[1], parts[2], "PLAIN");
        } else {
            reply("334 VXNlcm5hbWU6");
            String name = decode(in.readLine());
            reply("334 UGFzc3dvcmQ6");
            check(name, decode(in.readLine()), "LOGIN");
        }
    }

    private void check(String name, String secret, String mechanism) throws IOException {
        if (name.equals(user) && secret.equals(password)) {
            authenticated = mechanism + " " + name;
            reply("235 2.7.0 authenticated");
        } else {
            reply("535 5.7.8 authentication credentials invalid");
        }
    }

    private void data() throws IOException {
        reply("354 end with .");
        List<String> lines = new ArrayList<>();
        for (String line = in.readLine(); !line.equals("."); line = in.readLine()) {
            lines.add(line);
        }
        dataLines = lines;
        reply("250 2.0.0 queued");
    }

    private static String address(String rcpt) {
        return rcpt.substring(rcpt.indexOf('<') + 1, rcpt.indexOf('>'));
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    private void reply(String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
