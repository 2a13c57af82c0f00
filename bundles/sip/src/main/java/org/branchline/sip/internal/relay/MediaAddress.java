package org.branchline.sip.internal.relay;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Where a session description says its audio goes (first audio stream), and rewriting that place. */
public final class MediaAddress {
    private MediaAddress() {
    }

    /** The address and RTP port of the first audio stream, if any. */
    public static Optional<InetSocketAddress> of(byte[] sdp) {
        if (sdp == null) {
            return Optional.empty();
        }
        String session = null;
        String media = null;
        int port = -1;
        for (String line : new String(sdp, StandardCharsets.UTF_8).split("\r?\n")) {
            if (line.startsWith("c=") && port < 0) {
                session = host(line);
            } else if (line.startsWith("m=audio ") && port < 0) {
                port = Integer.parseInt(line.split(" ")[1].split("/")[0]);
            } else if (line.startsWith("c=") && media == null) {
                media = host(line);
            } else if (line.startsWith("m=") && port >= 0) {
                break;
            }
        }
        String host = media != null ? media : session;
        return port <= 0 || host == null ? Optional.empty() : Optional.of(new InetSocketAddress(host, port));
    }

    /** The description with the first audio stream moved to {@code host}:{@code port}. */
    public static byte[] rewrite(byte[] sdp, String host, int port) {
        StringBuilder out = new StringBuilder();
        boolean audio = false;
        boolean done = false;
        for (String line : new String(sdp, StandardCharsets.UTF_8).split("\r?\n")) {
            if (line.startsWith("m=")) {
                audio = !done && line.startsWith("m=audio ");
                if (audio) {
                    String[] parts = line.split(" ", 3);
                    line = parts[0] + " " + port + " " + parts[2];
                    done = true;
                }
            }
            if (line.startsWith("c=") && (audio || !done)) {
                line = "c=IN IP4 " + host;
            }
            out.append(line).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String host(String cLine) {
        String[] parts = cLine.trim().split(" ");
        return parts.length >= 3 ? parts[2].split("/")[0] : null;
    }
}
