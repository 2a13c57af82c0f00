package org.branchline.api.media.sdp;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A session description: the session-level lines (v=, o=, s=, c=, t=, a=, ...) verbatim and in order, then the
 * media streams. Written with CRLF line ends whatever the parsed text used.
 */
public record SessionDescription(List<String> lines, List<Media> media) {

    public SessionDescription {
        lines = List.copyOf(lines);
        media = List.copyOf(media);
    }

    /** Reads {@code text}, whose lines end in CRLF or LF; any line not modelled is kept as it is. */
    public static SessionDescription parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SdpException("no session description");
        }
        List<List<String>> sections = new ArrayList<>(List.of(new ArrayList<>()));
        for (String line : Lines.LINE_ENDS.split(text)) {
            if (line.startsWith("m=")) {
                sections.add(new ArrayList<>());
            }
            sections.get(sections.size() - 1).add(Lines.checked(line));
        }
        return new SessionDescription(sections.get(0), sections.stream().skip(1).map(Media::parse).toList());
    }

    public static SessionDescription parse(byte[] text) {
        return parse(text == null ? null : new String(text, StandardCharsets.UTF_8));
    }

    /** The description a message body carries; empty when the body is empty or not a description. */
    public static Optional<SessionDescription> read(byte[] body) {
        try {
            return Optional.of(parse(body));
        } catch (SdpException e) {
            return Optional.empty();
        }
    }

    /** A description of {@code media} from {@code origin}, whose address is also the session's connection. */
    public static SessionDescription of(Origin origin, Media... media) {
        return new SessionDescription(List.of("v=0", "o=" + origin.text(), "s=-", "c=" + origin.address().text(),
                "t=0 0"), List.of(media));
    }

    public Optional<Origin> origin() {
        return lines.stream().filter(l -> l.startsWith("o=")).findFirst().map(l -> Origin.parse(l.substring(2)));
    }

    /** The session-level connection. */
    public Optional<Connection> connection() {
        return Lines.connection(lines);
    }

    public Optional<Media> firstAudio() {
        return media.stream().filter(Media::isAudio).findFirst();
    }

    /** Where the first audio stream is received; empty when there is none, it is off (port 0) or has no address. */
    public Optional<InetSocketAddress> audioAddress() {
        return firstAudio().filter(m -> m.port() > 0)
                .flatMap(m -> audioConnection().map(c -> new InetSocketAddress(c.host(), m.port())));
    }

    /** The first audio stream's direction (else the session's): sendrecv unless an attribute says otherwise. */
    public Direction direction() {
        return firstAudio().flatMap(Media::direction).or(() -> Lines.direction(lines)).orElse(Direction.SENDRECV);
    }

    /** True when the writer puts the call on hold: it will not receive audio, or receives at 0.0.0.0 (or ::). */
    public boolean holds() {
        return !direction().receives() || audioConnection().filter(Connection::unspecified).isPresent();
    }

    /** The same description with its origin line (if any) replaced. */
    public SessionDescription withOrigin(Origin origin) {
        return new SessionDescription(lines.stream().map(l -> l.startsWith("o=") ? "o=" + origin.text() : l).toList(),
                media);
    }

    /**
     * The first audio stream moved to {@code host}:{@code port}. Every c= line up to the end of that stream
     * changes: the session's, which the stream may use, and those of the streams before it; later streams stay.
     */
    public SessionDescription withFirstAudioAt(String host, int port) {
        Connection to = Connection.of(host);
        int audio = firstAudioIndex();
        List<Media> moved = IntStream.range(0, media.size())
                .mapToObj(i -> i < audio ? media.get(i).withConnection(to)
                        : i == audio ? media.get(i).at(port, to) : media.get(i))
                .toList();
        return new SessionDescription(Lines.withConnection(lines, to), moved);
    }

    /** The first audio stream (the session when there is none) set to {@code direction}. */
    public SessionDescription withDirection(Direction direction) {
        int audio = firstAudioIndex();
        if (audio == media.size()) {
            return new SessionDescription(Lines.withDirection(lines, direction), media);
        }
        List<Media> changed = new ArrayList<>(media);
        changed.set(audio, media.get(audio).withDirection(direction));
        return new SessionDescription(lines, changed);
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l).append("\r\n"));
        media.forEach(m -> m.appendTo(out));
        return out.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The first audio stream's connection, else the session's. */
    private Optional<Connection> audioConnection() {
        return firstAudio().flatMap(Media::connection).or(this::connection);
    }

    /** The index of the first audio stream, or the number of streams when there is none. */
    private int firstAudioIndex() {
        return IntStream.range(0, media.size()).filter(i -> media.get(i).isAudio()).findFirst().orElse(media.size());
    }
}
