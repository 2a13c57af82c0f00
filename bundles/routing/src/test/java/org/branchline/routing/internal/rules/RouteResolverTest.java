package org.branchline.routing.internal.rules;

import static org.branchline.routing.internal.rules.Routes.attempt;
import static org.branchline.routing.internal.rules.Routes.route;
import static org.branchline.routing.internal.rules.Routes.station;
import static org.branchline.routing.internal.rules.Routes.voicemail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.CallerIdRoute;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.PresenceRoutes;
import org.branchline.api.routing.RouteSet;
import org.junit.jupiter.api.Test;

class RouteResolverTest {
    private static final Caller BOB = new Caller("5101", "bob", "102", "Bob", true);
    private static final Caller OUTSIDE = new Caller(null, null, "5855551234", "Someone", false);

    private final RouteSet all = new RouteSet(route(voicemail("101"), attempt(station("5100", 4))), null);
    private final RouteSet forBob = new RouteSet(route(FinalAction.hangUp(), attempt(station("5102", 2))), null);
    private final RouteSet for585 = new RouteSet(route(voicemail("101")), null);
    private final RouteSet forAnyone = new RouteSet(route(FinalAction.hangUp()), null);

    private PresenceRoutes routes(CallerIdRoute... callerId) {
        return new PresenceRoutes(Presence.AT_HOME, all, List.of(callerId));
    }

    @Test
    void takesTheRouteForAllCallersWhenNoCallerIdRouteMatches() {
        RouteResolver.Chosen chosen = RouteResolver.choose("101", routes(
                new CallerIdRoute(new CallerIdMatch(true, "carol"), forBob)), BOB);
        assertSame(all, chosen.routes());
        assertEquals("101 At Home", chosen.name());
    }

    @Test
    void takesTheFirstMatchingCallerIdRoute() {
        PresenceRoutes routes = routes(new CallerIdRoute(new CallerIdMatch(false, "585*"), for585),
                new CallerIdRoute(new CallerIdMatch(true, "bob"), forBob),
                new CallerIdRoute(new CallerIdMatch(false, "*"), forAnyone));
        assertSame(forBob, RouteResolver.choose("101", routes, BOB).routes());
        RouteResolver.Chosen outside = RouteResolver.choose("101", routes, OUTSIDE);
        assertSame(for585, outside.routes());
        assertEquals("101 At Home, caller ID 585*", outside.name());
        assertSame(forAnyone, RouteResolver.choose("101", routes,
                new Caller(null, null, "7165550000", null, false)).routes());
    }

    @Test
    void matchesInternalRoutesByTheCallingUser() {
        assertTrue(RouteResolver.matches(new CallerIdMatch(true, "bob"), BOB));
        assertFalse(RouteResolver.matches(new CallerIdMatch(true, "carol"), BOB));
        assertFalse(RouteResolver.matches(new CallerIdMatch(true, "bob"),
                new Caller(null, "bob", "5855551234", null, false)));
    }

    @Test
    void matchesExternalPatternsOnlyForOutsideCallers() {
        assertFalse(RouteResolver.matches(new CallerIdMatch(false, "102"), BOB));
        assertTrue(RouteResolver.matches(new CallerIdMatch(false, "5855551234"), OUTSIDE));
        assertFalse(RouteResolver.matches(new CallerIdMatch(false, "585555123"), OUTSIDE));
    }

    @Test
    void readsTheStarAsAnyDigits() {
        assertTrue(RouteResolver.numberMatches("585*", "5855551234"));
        assertTrue(RouteResolver.numberMatches("585*", "585"));
        assertTrue(RouteResolver.numberMatches("*1234", "5855551234"));
        assertTrue(RouteResolver.numberMatches("585*1234", "5855551234"));
        assertTrue(RouteResolver.numberMatches("1585*", "+15855551234"));
        assertFalse(RouteResolver.numberMatches("585*", "7165855555"));
        assertFalse(RouteResolver.numberMatches("*1234", "5855551235"));
        assertFalse(RouteResolver.numberMatches("585*", "585abc"));
    }
}
