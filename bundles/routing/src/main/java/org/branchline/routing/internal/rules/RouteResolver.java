package org.branchline.routing.internal.rules;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.CallerIdRoute;
import org.branchline.api.routing.PresenceRoutes;
import org.branchline.api.routing.RouteSet;

/**
 * Picks the route a call takes among a presence's routes: the first caller-ID route that matches, else the
 * one for all callers.
 */
public final class RouteResolver {
    /** The routes chosen, and the name the CDR gives them, e.g. "101 In Office, caller ID 585*". */
    public record Chosen(RouteSet routes, String name) {
    }

    private RouteResolver() {
    }

    public static Chosen choose(String extension, PresenceRoutes routes, Caller caller) {
        String name = extension + " " + routes.presence().title();
        for (CallerIdRoute r : routes.callerIdRoutes()) {
            if (matches(r.match(), caller)) {
                return new Chosen(r.routes(), name + ", caller ID " + r.match().pattern());
            }
        }
        return new Chosen(routes.routes(), name);
    }

    /**
     * An internal match takes calls from the user it names; an external one takes outside callers whose number
     * it matches, '*' standing for any digits.
     */
    public static boolean matches(CallerIdMatch match, Caller caller) {
        if (caller == null) {
            return false;
        }
        if (match.internal()) {
            return caller.internal() && match.pattern().equals(caller.owner());
        }
        return !caller.internal() && caller.number() != null && numberMatches(match.pattern(), caller.number());
    }

    static boolean numberMatches(String pattern, String number) {
        String digits = number.startsWith("+") ? number.substring(1) : number;
        String regex = Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                .collect(Collectors.joining("\\d*"));
        return Pattern.matches(regex, digits);
    }
}
