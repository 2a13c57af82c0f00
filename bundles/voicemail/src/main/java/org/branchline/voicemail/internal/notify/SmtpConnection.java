package org.branchline.voicemail.internal.notify;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/** The socket to the relay: commands out, replies in, and the switch to TLS. */
final class SmtpConnection implements AutoCloseable {
    private static final int MAX_LINE = 4096;

    private final String host;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    private SmtpConnection(String host, Socket socket) throws IOException {
        this.host = host;
        use(socket);
    }

    static SmtpConnection open(SmtpSettings settings) throws IOException {
        int timeout = Math.toIntExact(settings.timeout().toMillis());
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(settings.relayHost(), settings.port()), timeout);
            socket.setSoTimeout(timeout);
            return new SmtpConnection(settings.relayHost(), socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private void use(Socket s) throws IOException {
        socket = s;
        in = new BufferedInputStream(s.getInputStream());
        out = s.getOutputStream();
    }

    SmtpReply command(String line) throws IOException {
        send(line);
        return reply();
    }

    void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    void sendRaw(byte[] data) throws IOException {
        out.write(data);
        out.flush();
    }

    SmtpReply reply() throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        do {
            line = readLine();
            if (line.length() < 3 || !line.substring(0, 3).chars().allMatch(Character::isDigit)
                    || line.length() > 3 && line.charAt(3) != ' ' && line.charAt(3) != '-') {
                throw new SmtpException("reading a reply", 0, "not an SMTP reply: " + line);
            }
            lines.add(line.length() > 4 ? line.substring(4) : "");
        } while (line.length() > 3 && line.charAt(3) == '-');
        return new SmtpReply(Integer.parseInt(line.substring(0, 3)), List.copyOf(lines));
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the relay closed the connection");
            }
            if (line.size() == MAX_LINE) {
                throw new SmtpException("reading a reply", 0, "line longer than " + MAX_LINE);
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * Turns the connection into TLS after the relay accepted STARTTLS. Anything the relay sent before the
     * handshake was injected in the clear, so it ends the session.
     */
    void startTls(SSLSocketFactory factory, boolean verifyHost) throws IOException {
        if (in.available() > 0) {
            throw new SmtpException("STARTTLS", 0, "the relay sent data before the TLS handshake");
        }
        SSLSocket tls = (SSLSocket) factory.createSocket(socket, host, socket.getPort(), true);
        if (verifyHost) {
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            tls.setSSLParameters(parameters);
        }
        tls.startHandshake();
        use(tls);
    }

    boolean encrypted() {
        return socket instanceof SSLSocket;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
