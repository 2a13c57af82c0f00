package org.branchline.api.media.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One media stream: its m= line (type, port, port count, transport protocol, formats) and the lines after it
 * (c=, b=, a=, ...) verbatim and in order.
 */
public record Media(String type, int port, int portCount, String proto, List<String> formats, List<String> lines) {
    private static final Map<Integer, String> STATIC_ENCODINGS = Map.of(0, "PCMU", 8, "PCMA", 9, "G722");
    private static final Pattern PAYLOAD_TYPE = Pattern.compile("\\d{1,3}");
    private static final Pattern RTPMAP_FIELDS = Pattern.compile("[ /]");

    public Media {
        formats = List.copyOf(formats);
        lines = List.copyOf(lines);
    }

    /**
     * An 8 kHz audio stream in 20 ms packets with one codec, and RFC 4733 telephone-events (digits 0-15) when
     * {@code telephoneEvents} is not negative.
     */
    public static Media audio(int port, int payloadType, String encoding, int telephoneEvents, Direction direction) {
        List<String> formats = new ArrayList<>(List.of(Integer.toString(payloadType)));
        List<String> lines = new ArrayList<>(List.of("a=rtpmap:" + payloadType + " " + encoding + "/8000"));
        if (telephoneEvents >= 0) {
            formats.add(Integer.toString(telephoneEvents));
            lines.add("a=rtpmap:" + telephoneEvents + " telephone-event/8000");
            lines.add("a=fmtp:" + telephoneEvents + " 0-15");
        }
        lines.add("a=ptime:20");
        lines.add("a=" + direction.attribute());
        return new Media("audio", port, 1, "RTP/AVP", formats, lines);
    }

    /** The stream whose m= line is the first of {@code section}. */
    static Media parse(List<String> section) {
        String[] fields = Lines.FIELDS.split(section.get(0).substring(2).strip());
        if (fields.length < 3) {
            throw new SdpException("malformed media: " + section.get(0));
        }
        String[] ports = fields[1].split("/", 2);
        try {
            return new Media(fields[0], Integer.parseInt(ports[0]), ports.length > 1 ? Integer.parseInt(ports[1]) : 1,
                    fields[2], List.of(fields).subList(3, fields.length), section.subList(1, section.size()));
        } catch (NumberFormatException e) {
            throw new SdpException("malformed media port: " + section.get(0));
        }
    }

    public boolean isAudio() {
        return type.equals("audio");
    }

    /** The stream's own connection, which overrides the session's. */
    public Optional<Connection> connection() {
        return Lines.connection(lines);
    }

    /** The formats that are RTP payload types, in the order offered (most preferred first). */
    public List<Integer> payloadTypes() {
        return formats.stream().filter(f -> PAYLOAD_TYPE.matcher(f).matches()).map(Integer::valueOf).toList();
    }

    /** The encoding name of a payload type ("PCMU", "TELEPHONE-EVENT"), upper case, from a=rtpmap or static. */
    public Optional<String> encoding(int payloadType) {
        String type = Integer.toString(payloadType);
        return Lines.attributes(lines, "rtpmap").map(RTPMAP_FIELDS::split).filter(v -> v.length >= 2)
                .filter(v -> v[0].equals(type)).map(v -> v[1].toUpperCase(Locale.ROOT)).findFirst()
                .or(() -> Optional.ofNullable(STATIC_ENCODINGS.get(payloadType)));
    }

    /** The payload type offered for telephone-events, or -1. */
    public int telephoneEvents() {
        return payloadTypes().stream().filter(pt -> encoding(pt).filter("TELEPHONE-EVENT"::equals).isPresent())
                .findFirst().orElse(-1);
    }

    Optional<Direction> direction() {
        return Lines.direction(lines);
    }

    /** At {@code port} (one port) and {@code connection}. */
    Media at(int port, Connection connection) {
        return new Media(type, port, 1, proto, formats, Lines.withConnection(lines, connection));
    }

    Media withConnection(Connection connection) {
        return new Media(type, port, portCount, proto, formats, Lines.withConnection(lines, connection));
    }

    Media withDirection(Direction direction) {
        return new Media(type, port, portCount, proto, formats, Lines.withDirection(lines, direction));
    }

    void appendTo(StringBuilder out) {
        out.append("m=").append(type).append(' ').append(port);
        if (portCount != 1) {
            out.append('/').append(portCount);
        }
        out.append(' ').append(proto);
        formats.forEach(f -> out.append(' ').append(f));
        out.append("\r\n");
        lines.forEach(l -> out.append(l).append("\r\n"));
    }
}
