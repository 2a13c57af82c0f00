package org.branchline.media.internal.session;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.branchline.api.media.MediaException;

/** The first audio stream of a phone's SDP offer: where its audio goes and the payload types it offers. */
record SdpOffer(InetSocketAddress address, List<Integer> payloadTypes, Map<Integer, String> encodings,
        String direction) {
    private static final Map<Integer, String> STATIC = Map.of(0, "PCMU", 8, "PCMA", 9, "G722");
    static final int NOT_ACCEPTABLE_HERE = 488;

    static SdpOffer parse(String sdp) throws MediaException {
        if (sdp == null || sdp.isBlank()) {
            throw new MediaException(NOT_ACCEPTABLE_HERE, "the call carries no session description");
        }
        Parse p = new Parse();
        for (String line : sdp.split("\r?\n")) {
            if (!p.line(line.trim())) {
                break;
            }
        }
        String host = p.mediaHost != null ? p.mediaHost : p.sessionHost;
        if (p.port < 0 || host == null) {
            throw new MediaException(NOT_ACCEPTABLE_HERE, "the session description has no audio stream");
        }
        return new SdpOffer(new InetSocketAddress(host, p.port), p.types, p.encodings, p.direction);
    }

    /** The encoding name of a payload type ("PCMU", "TELEPHONE-EVENT"), upper case. */
    Optional<String> encoding(int payloadType) {
        return Optional.ofNullable(encodings.getOrDefault(payloadType, STATIC.get(payloadType)));
    }

    /** The payload type offered for telephone-events, or -1. */
    int telephoneEvents() {
        return payloadTypes.stream().filter(pt -> encoding(pt).filter("TELEPHONE-EVENT"::equals).isPresent())
                .findFirst().orElse(-1);
    }

    /** True when the phone will not send us audio (held) or wants none. */
    boolean onHold() {
        return "sendonly".equals(direction) || "inactive".equals(direction) || address.getPort() == 0
                || address.getAddress() != null && address.getAddress().isAnyLocalAddress();
    }

    private static final class Parse {
        String sessionHost;
        String mediaHost;
        int port = -1;
        final List<Integer> types = new ArrayList<>();
        final Map<Integer, String> encodings = new HashMap<>();
        String direction = "sendrecv";

        /** False once past the first audio stream. */
        boolean line(String line) {
            if (line.startsWith("m=")) {
                if (port >= 0 || !line.startsWith("m=audio ")) {
                    return port < 0;
                }
                media(line);
            } else if (line.startsWith("c=")) {
                String host = host(line);
                if (port < 0) {
                    sessionHost = host;
                } else {
                    mediaHost = host;
                }
            } else if (line.startsWith("a=rtpmap:") && port >= 0) {
                rtpmap(line.substring(9));
            } else if (line.matches("a=(sendrecv|sendonly|recvonly|inactive)")) {
                direction = line.substring(2);
            }
            return true;
        }

        private void media(String line) {
            String[] parts = line.split(" ");
            port = Integer.parseInt(parts[1].split("/")[0]);
            for (int i = 3; i < parts.length; i++) {
                types.add(Integer.parseInt(parts[i]));
            }
        }

        private void rtpmap(String value) {
            String[] parts = value.split("[ /]");
            if (parts.length >= 2) {
                encodings.put(Integer.parseInt(parts[0]), parts[1].toUpperCase(Locale.ROOT));
            }
        }

        private static String host(String cLine) {
            String[] parts = cLine.split(" ");
            return parts.length >= 3 ? parts[2].split("/")[0] : null;
        }
    }
}
