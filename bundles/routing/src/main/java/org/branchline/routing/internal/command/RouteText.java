package org.branchline.routing.internal.command;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.ConnectionAttempt;
import org.branchline.api.routing.Destination;
import org.branchline.api.routing.DestinationKind;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.FinalActionKind;

/**
 * A call route written on one line, e.g. {@code 5100:4,5101:4;101:2 finally=voicemail:101}: connection
 * attempts separated by ';', the destinations an attempt rings together by ',', each {@code target[:rings]},
 * then the Finally route ({@code finally=hangup}, {@code finally=voicemail:EXT} or {@code finally=transfer:EXT}).
 * A target is a station number 5xxx (a call appearance), an extension (its user's call appearances), or an
 * outside number as dialed from inside ({@code 9...}) or as {@code follow:NUMBER} (follow-me).
 */
final class RouteText {
    private static final String FINALLY = "finally=";
    private static final String FOLLOW = "follow:";
    private static final Pattern STATION = Pattern.compile("5\\d{3}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private RouteText() {
    }

    /** Parses a route; errors name {@code field} ("route", "on-busy") and the part at fault. */
    static CallRoute parse(String field, String text) {
        StringBuilder attempts = new StringBuilder();
        String finalAction = null;
        for (String token : String.valueOf(text).trim().split("\\s+")) {
            if (!token.startsWith(FINALLY)) {
                attempts.append(token);
            } else if (finalAction == null) {
                finalAction = token.substring(FINALLY.length());
            } else {
                throw new InvalidFieldException(field, "give finally= once");
            }
        }
        if (finalAction == null) {
            throw new InvalidFieldException(field,
                    "end with finally=hangup, finally=voicemail:EXT or finally=transfer:EXT");
        }
        return new CallRoute(attempts(field, attempts.toString()), finalAction(field, finalAction));
    }

    private static List<ConnectionAttempt> attempts(String field, String text) {
        List<ConnectionAttempt> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String attempt : text.split(";", -1)) {
            List<Destination> destinations = new ArrayList<>();
            for (String destination : attempt.split(",", -1)) {
                destinations.add(destination(field, destination));
            }
            out.add(new ConnectionAttempt(destinations));
        }
        return out;
    }

    private static Destination destination(String field, String text) {
        boolean follow = text.startsWith(FOLLOW);
        String rest = follow ? text.substring(FOLLOW.length()) : text;
        int colon = rest.indexOf(':');
        String target = colon < 0 ? rest : rest.substring(0, colon);
        int rings = colon < 0 ? Destination.DEFAULT_RINGS : rings(field, text, rest.substring(colon + 1));
        if (!DIGITS.matcher(target).matches()) {
            throw new InvalidFieldException(field, "'" + text + "': a destination is target[:rings], the target "
                    + "a station number 5xxx, an extension, 9 and an outside number, or follow:NUMBER");
        }
        return new Destination(kind(follow, target), target, rings);
    }

    private static DestinationKind kind(boolean follow, String target) {
        if (follow || target.startsWith("9")) {
            return DestinationKind.FOLLOW_ME;
        }
        return STATION.matcher(target).matches() ? DestinationKind.CALL_APPEARANCE : DestinationKind.USER_EXTENSION;
    }

    private static int rings(String field, String destination, String text) {
        if (!DIGITS.matcher(text).matches() || text.length() > 3) {
            throw new InvalidFieldException(field, "'" + destination + "': rings must be a number, e.g. "
                    + Destination.DEFAULT_RINGS);
        }
        return Integer.parseInt(text);
    }

    private static FinalAction finalAction(String field, String text) {
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon);
        String extension = colon < 0 ? null : text.substring(colon + 1);
        FinalActionKind k = "hangup".equalsIgnoreCase(kind) ? FinalActionKind.HANG_UP
                : RequestFields.oneOf(field + ".finally", FinalActionKind.class, kind);
        if ((k == FinalActionKind.HANG_UP) != (extension == null)) {
            throw new InvalidFieldException(field, "finally=" + text + ": hangup takes no extension, "
                    + "voicemail:EXT and transfer:EXT need one");
        }
        return new FinalAction(k, extension);
    }

    /** The route written the way {@link #parse} reads it. */
    static String format(CallRoute route) {
        String attempts = route.attempts().stream()
                .map(a -> a.destinations().stream().map(RouteText::format).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
        return (attempts.isEmpty() ? "" : attempts + " ") + FINALLY + format(route.finalAction());
    }

    private static String format(Destination d) {
        boolean prefixed = d.kind() == DestinationKind.FOLLOW_ME && !d.target().startsWith("9");
        return (prefixed ? FOLLOW : "") + d.target() + ":" + d.rings();
    }

    private static String format(FinalAction action) {
        return action.kind() == FinalActionKind.HANG_UP ? "hangup"
                : action.kind().name().toLowerCase() + ":" + action.extension();
    }
}
