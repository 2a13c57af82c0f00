package org.branchline.routing.internal.rules;

import static org.branchline.routing.internal.rules.Routes.attempt;
import static org.branchline.routing.internal.rules.Routes.extension;
import static org.branchline.routing.internal.rules.Routes.followMe;
import static org.branchline.routing.internal.rules.Routes.route;
import static org.branchline.routing.internal.rules.Routes.station;
import static org.branchline.routing.internal.rules.Routes.transfer;
import static org.branchline.routing.internal.rules.Routes.voicemail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.ConnectionAttempt;
import org.branchline.api.routing.Destination;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.FinalActionKind;
import org.branchline.api.routing.RouteSet;
import org.junit.jupiter.api.Test;

class RouteRulesTest {
    private static final Extension ALICE = new Extension("101", ExtensionKind.USER, "alice", "");
    private static final Extension BOB = new Extension("102", ExtensionKind.USER, "bob", "");
    private static final Extension FRONT_DESK = new Extension("200", ExtensionKind.SYSTEM, null, "");
    private static final Map<String, Extension> EXTENSIONS = Map.of("101", ALICE, "102", BOB, "200", FRONT_DESK);

    private final RouteRules rules = new RouteRules(n -> Optional.ofNullable(n).map(EXTENSIONS::get),
            Set.of("alice", "bob")::contains);

    private InvalidFieldException refused(CallRoute primary) {
        return assertThrows(InvalidFieldException.class,
                () -> rules.routeSet("routes", "101", new RouteSet(primary, null)));
    }

    private static void assertRefusal(String message, InvalidFieldException e) {
        assertEquals(message, e.getMessage());
    }

    @Test
    void acceptsEveryKindOfDestination() {
        RouteSet set = new RouteSet(route(voicemail("101"), attempt(station("5100", 1), extension("102", 20)),
                attempt(followMe("915855551234", 6))), route(transfer("200"), attempt(station("5101", 4))));
        assertEquals(set, rules.routeSet("routes", "101", set));
    }

    @Test
    void namesTheRingsOutOfRange() {
        assertRefusal("routes.primary.attempts[0].destinations[1].rings: must be 1-20",
                refused(route(voicemail("101"), attempt(station("5100", 4), station("5101", 21)))));
        assertRefusal("routes.primary.attempts[1].destinations[0].rings: must be 1-20",
                refused(route(voicemail("101"), attempt(station("5100", 4)), attempt(station("5101", 0)))));
    }

    @Test
    void namesTheOnBusyRoute() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> rules.routeSet("routes", "101",
                new RouteSet(route(voicemail("101")), route(transfer("150")))));
        assertEquals("routes.on-busy.final-action.extension", e.field());
    }

    @Test
    void checksTheTargets() {
        assertEquals("routes.primary.attempts[0].destinations[0].target",
                refused(route(voicemail("101"), attempt(station("6100", 4)))).field());
        assertRefusal("routes.primary.attempts[0].destinations[0].target: no user extension '200'",
                refused(route(voicemail("101"), attempt(extension("200", 4)))));
        assertEquals("routes.primary.attempts[0].destinations[0].target",
                refused(route(voicemail("101"), attempt(extension("150", 4)))).field());
        assertEquals("routes.primary.attempts[0].destinations[0].target",
                refused(route(voicemail("101"), attempt(followMe("9-555", 4)))).field());
        assertEquals("routes.primary.attempts[0].destinations[0].kind",
                refused(route(voicemail("101"), attempt(new Destination(null, "5100", 4)))).field());
        assertEquals("routes.primary.attempts[0].destinations",
                refused(route(voicemail("101"), new ConnectionAttempt(List.of()))).field());
    }

    @Test
    void checksTheFinallyRoute() {
        assertRefusal("routes.primary.final-action.extension: no extension '150'", refused(route(voicemail("150"))));
        assertEquals("routes.primary.final-action.extension", refused(route(transfer("101"))).field());
        assertEquals("routes.primary.final-action.extension", refused(route(voicemail(null))).field());
        assertEquals("routes.primary.final-action.kind",
                refused(route(new FinalAction(null, "101"))).field());
        assertEquals("routes.primary.final-action.kind", refused(route(null)).field());
        assertEquals(FinalAction.hangUp(), rules.route("r", "101",
                route(new FinalAction(FinalActionKind.HANG_UP, "102"))).finalAction());
    }

    @Test
    void limitsTheSizeOfARoute() {
        ConnectionAttempt one = attempt(station("5100", 4));
        ConnectionAttempt[] eleven = new ConnectionAttempt[RouteRules.MAX_ATTEMPTS + 1];
        java.util.Arrays.fill(eleven, one);
        assertEquals("routes.primary.attempts", refused(route(voicemail("101"), eleven)).field());
    }

    @Test
    void aPrimaryRouteIsRequired() {
        assertEquals("routes.primary", assertThrows(InvalidFieldException.class,
                () -> rules.routeSet("routes", "101", new RouteSet(null, null))).field());
    }

    @Test
    void aSystemExtensionHasOnlyInOffice() {
        assertEquals(Set.of(Presence.IN_OFFICE), RouteRules.presences(FRONT_DESK, Set.of(Presence.IN_OFFICE)));
        assertEquals(Set.of(Presence.IN_OFFICE), RouteRules.presences(FRONT_DESK, Set.of(Presence.values())));
        assertEquals("presences", assertThrows(InvalidFieldException.class,
                () -> RouteRules.presences(FRONT_DESK, Set.of(Presence.IN_OFFICE, Presence.AWAY))).field());
        assertEquals(Set.of(Presence.AWAY, Presence.BUSY),
                RouteRules.presences(ALICE, Set.of(Presence.AWAY, Presence.BUSY)));
        assertEquals("presences", assertThrows(InvalidFieldException.class,
                () -> RouteRules.presences(ALICE, Set.of())).field());
    }

    @Test
    void checksCallerIdMatches() {
        assertEquals(new CallerIdMatch(true, "bob"), rules.match(new CallerIdMatch(true, "bob")));
        assertEquals(new CallerIdMatch(false, "585*"), rules.match(new CallerIdMatch(false, "585*")));
        assertRefusal("match.pattern: no user named 'carol'", assertThrows(InvalidFieldException.class,
                () -> rules.match(new CallerIdMatch(true, "carol"))));
        assertEquals("match.pattern", assertThrows(InvalidFieldException.class,
                () -> rules.match(new CallerIdMatch(false, "585-*"))).field());
        assertEquals("match.pattern", assertThrows(InvalidFieldException.class,
                () -> rules.match(new CallerIdMatch(false, ""))).field());
        assertEquals("match.pattern", assertThrows(InvalidFieldException.class, () -> rules.match(null)).field());
    }
}
