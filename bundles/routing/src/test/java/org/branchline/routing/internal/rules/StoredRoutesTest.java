package org.branchline.routing.internal.rules;

import static org.branchline.routing.internal.rules.Routes.attempt;
import static org.branchline.routing.internal.rules.Routes.extension;
import static org.branchline.routing.internal.rules.Routes.followMe;
import static org.branchline.routing.internal.rules.Routes.route;
import static org.branchline.routing.internal.rules.Routes.station;
import static org.branchline.routing.internal.rules.Routes.transfer;
import static org.branchline.routing.internal.rules.Routes.voicemail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.CallerIdRoute;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.RouteSet;
import org.junit.jupiter.api.Test;

class StoredRoutesTest {
    private static final CallerIdMatch BOB = new CallerIdMatch(true, "bob");
    private static final CallerIdMatch ROCHESTER = new CallerIdMatch(false, "585*");
    private final RouteSet one = new RouteSet(route(voicemail("101"), attempt(station("5100", 4))), null);
    private final RouteSet two = new RouteSet(route(FinalAction.hangUp()), route(transfer("200")));

    @Test
    void replacesACallerIdRouteInItsPlace() {
        StoredRoutes stored = StoredRoutes.none("101")
                .withCallerIdRoute(Set.of(Presence.IN_OFFICE), new CallerIdRoute(BOB, one))
                .withCallerIdRoute(Set.of(Presence.IN_OFFICE), new CallerIdRoute(ROCHESTER, one))
                .withCallerIdRoute(Set.of(Presence.IN_OFFICE), new CallerIdRoute(BOB, two));
        assertEquals(List.of(new CallerIdRoute(BOB, two), new CallerIdRoute(ROCHESTER, one)),
                stored.callerIdRoutes(Presence.IN_OFFICE));
        assertEquals(List.of(), stored.callerIdRoutes(Presence.AWAY));
    }

    @Test
    void removesACallerIdRouteFromTheGivenPresencesOnly() {
        StoredRoutes stored = StoredRoutes.none("101")
                .withCallerIdRoute(Set.of(Presence.IN_OFFICE, Presence.AWAY), new CallerIdRoute(BOB, one))
                .withoutCallerIdRoute(Set.of(Presence.AWAY), BOB);
        assertTrue(stored.hasCallerIdRoute(Presence.IN_OFFICE, BOB));
        assertFalse(stored.hasCallerIdRoute(Presence.AWAY, BOB));
        assertFalse(stored.isEmpty());
        assertTrue(stored.withoutCallerIdRoute(Set.of(Presence.IN_OFFICE), BOB).isEmpty());
    }

    @Test
    void survivesItsStoredForm() {
        RouteSet busy = new RouteSet(route(voicemail("101"), attempt(station("5100", 4), extension("102", 2)),
                attempt(followMe("915855551234", 6))), route(transfer("200"), attempt(station("5101", 1))));
        StoredRoutes stored = StoredRoutes.none("101")
                .withRoutes(Set.of(Presence.IN_OFFICE, Presence.BUSY), busy)
                .withRoutes(Set.of(Presence.ON_VACATION), two)
                .withCallerIdRoute(Set.of(Presence.IN_OFFICE), new CallerIdRoute(ROCHESTER, one))
                .withCallerIdRoute(Set.of(Presence.IN_OFFICE), new CallerIdRoute(BOB, two));
        assertEquals(stored, RouteText.read("101", RouteText.write(stored)));
        assertEquals("", RouteText.write(StoredRoutes.none("101")));
    }
}
