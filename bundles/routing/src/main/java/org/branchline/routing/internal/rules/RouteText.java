package org.branchline.routing.internal.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.CallerIdRoute;
import org.branchline.api.routing.ConnectionAttempt;
import org.branchline.api.routing.Destination;
import org.branchline.api.routing.DestinationKind;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.FinalActionKind;
import org.branchline.api.routing.RouteSet;

/**
 * The stored form of an extension's routes: one line per presence route, "presence TAB match TAB primary TAB
 * on-busy", where match is "-" (all callers), "internal:login" or "external:pattern", and a route reads
 * "CALL_APPEARANCE:5100:4,USER_EXTENSION:102:2;FOLLOW_ME:95551234:6|VOICEMAIL:101" (attempts split by ';',
 * destinations by ','). Validated targets never hold the separators.
 */
public final class RouteText {
    private static final String ALL_CALLERS = "-";
    private static final String NO_ROUTE = "-";

    private RouteText() {
    }

    public static String write(StoredRoutes stored) {
        StringBuilder out = new StringBuilder();
        for (Presence p : Presence.values()) {
            RouteSet set = stored.routes().get(p);
            if (set != null) {
                line(out, p, ALL_CALLERS, set);
            }
            for (CallerIdRoute r : stored.callerIdRoutes(p)) {
                line(out, p, (r.match().internal() ? "internal:" : "external:") + r.match().pattern(), r.routes());
            }
        }
        return out.toString();
    }

    public static StoredRoutes read(String extension, String text) {
        Map<Presence, RouteSet> routes = new EnumMap<>(Presence.class);
        Map<Presence, List<CallerIdRoute>> callerId = new EnumMap<>(Presence.class);
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Presence p = Presence.valueOf(f[0]);
            RouteSet set = new RouteSet(route(f[2]), f[3].equals(NO_ROUTE) ? null : route(f[3]));
            if (f[1].equals(ALL_CALLERS)) {
                routes.put(p, set);
            } else {
                callerId.computeIfAbsent(p, k -> new ArrayList<>()).add(new CallerIdRoute(match(f[1]), set));
            }
        }
        return new StoredRoutes(extension, routes, callerId);
    }

    private static void line(StringBuilder out, Presence p, String match, RouteSet set) {
        out.append(p.name()).append('\t').append(match).append('\t').append(route(set.primary())).append('\t')
                .append(set.onBusy() == null ? NO_ROUTE : route(set.onBusy())).append('\n');
    }

    static String route(CallRoute route) {
        String attempts = route.attempts().stream()
                .map(a -> a.destinations().stream().map(d -> d.kind() + ":" + d.target() + ":" + d.rings())
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
        FinalAction f = route.finalAction();
        return attempts + "|" + f.kind() + (f.extension() == null ? "" : ":" + f.extension());
    }

    static CallRoute route(String text) {
        int bar = text.lastIndexOf('|');
        String attempts = text.substring(0, bar);
        String[] f = text.substring(bar + 1).split(":");
        List<ConnectionAttempt> parsed = attempts.isEmpty() ? List.of()
                : Arrays.stream(attempts.split(";")).map(RouteText::attempt).toList();
        return new CallRoute(parsed, new FinalAction(FinalActionKind.valueOf(f[0]), f.length > 1 ? f[1] : null));
    }

    private static ConnectionAttempt attempt(String text) {
        return new ConnectionAttempt(Arrays.stream(text.split(",")).map(d -> {
            String[] parts = d.split(":");
            return new Destination(DestinationKind.valueOf(parts[0]), parts[1], Integer.parseInt(parts[2]));
        }).toList());
    }

    private static CallerIdMatch match(String text) {
        int colon = text.indexOf(':');
        return new CallerIdMatch(text.substring(0, colon).equals("internal"), text.substring(colon + 1));
    }
}
