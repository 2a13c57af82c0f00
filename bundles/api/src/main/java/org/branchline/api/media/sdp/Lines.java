package org.branchline.api.media.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reading and rewriting the lines of one level of a description: the session's, or a stream's. */
final class Lines {
    /** Fields of an o=, c= or m= line. */
    static final Pattern FIELDS = Pattern.compile("\\s+");
    /** Line ends: CRLF, or LF alone. */
    static final Pattern LINE_ENDS = Pattern.compile("\r?\n");

    private Lines() {
    }

    /** The line itself, once its o= or c= fields are known to be well formed. */
    static String checked(String line) {
        if (line.startsWith("o=")) {
            Origin.parse(line.substring(2));
        } else if (line.startsWith("c=")) {
            Connection.parse(line.substring(2));
        }
        return line;
    }

    static Optional<Connection> connection(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("c=")).findFirst().map(l -> Connection.parse(l.substring(2)));
    }

    static List<String> withConnection(List<String> lines, Connection connection) {
        return lines.stream().map(l -> l.startsWith("c=") ? "c=" + connection.text() : l).toList();
    }

    static Optional<Direction> direction(List<String> lines) {
        return lines.stream().map(Direction::of).flatMap(Optional::stream).findFirst();
    }

    /** Without direction attributes, then {@code direction}'s at the end. */
    static List<String> withDirection(List<String> lines, Direction direction) {
        List<String> out = new ArrayList<>(lines);
        out.removeIf(l -> Direction.of(l).isPresent());
        out.add("a=" + direction.attribute());
        return out;
    }

    /** The values of the attribute {@code name}: {@code 0 PCMU/8000} for {@code a=rtpmap:0 PCMU/8000}. */
    static Stream<String> attributes(List<String> lines, String name) {
        String prefix = "a=" + name + ":";
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip());
    }
}
