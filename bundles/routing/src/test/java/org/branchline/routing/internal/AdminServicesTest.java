package org.branchline.routing.internal;

import static org.branchline.routing.internal.rules.Routes.attempt;
import static org.branchline.routing.internal.rules.Routes.route;
import static org.branchline.routing.internal.rules.Routes.station;
import static org.branchline.routing.internal.rules.Routes.voicemail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.NotFoundException;
import org.branchline.api.admin.PermissionDeniedException;
import org.branchline.api.directory.DialPlanMode;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.CallerIdRoute;
import org.branchline.api.routing.Dialed;
import org.branchline.api.routing.ExtensionRoutes;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.PresenceRoutes;
import org.branchline.api.routing.RingAttempt;
import org.branchline.api.routing.RingTarget;
import org.branchline.api.routing.RouteSet;
import org.branchline.api.routing.SpeedDial;
import org.branchline.persistence.H2Database;
import org.branchline.routing.internal.rules.DialPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin services on H2, with the router reading what they write. */
class AdminServicesTest {
    private static final Caller BOB = new Caller("5101", "bob", "102", "Bob", true);
    private final H2Database h2 = new H2Database("branchline-routing");
    private final FakeDirectory directory = new FakeDirectory(DialPlans.factory(DialPlanMode.NORMAL))
            .user("alice", "101").user("bob", "102").system("200");
    private final FakeAccessControl access = new FakeAccessControl();
    private final RouteSet toStation = new RouteSet(route(voicemail("101"), attempt(station("5105", 2))), null);
    private RoutingDatabase db;
    private CallRouteServiceImpl routes;
    private SpeedDialServiceImpl speedDials;
    private CallParkServiceImpl park;
    private CallRouterImpl router;

    @BeforeEach
    void services() throws SQLException {
        db = new RoutingDatabase(h2.factory, h2.dataSource);
        Appearances none = new Appearances();
        routes = new CallRouteServiceImpl(db, directory, none, access);
        speedDials = new SpeedDialServiceImpl(db, directory, access);
        park = new CallParkServiceImpl(db, directory, access);
        router = new CallRouterImpl(db, directory, none);
    }

    @AfterEach
    void close() throws SQLException {
        h2.close();
    }

    private static RouteSet of(ExtensionRoutes routes, Presence presence) {
        return routes.presences().stream().filter(p -> p.presence() == presence).findFirst()
                .map(PresenceRoutes::routes).orElseThrow();
    }

    @Test
    void routesSetForSomePresencesLeaveTheOthersAtTheirDefault() {
        ExtensionRoutes after = routes.setRoutes("101", Set.of(Presence.AWAY, Presence.BUSY), toStation);
        assertEquals(toStation, of(after, Presence.AWAY));
        assertEquals(toStation, of(after, Presence.BUSY));
        assertEquals(new RouteSet(route(voicemail("101")), null), of(after, Presence.IN_OFFICE));
        assertEquals(after, routes.routes("101"));
    }

    @Test
    void theRouterSeesEveryWriteAtOnce() {
        directory.presences.put("alice", Presence.AWAY);
        routes.setRoutes("101", Set.of(Presence.AWAY), toStation);
        Dialed.Ring ring = (Dialed.Ring) router.dial(BOB, "101");
        assertEquals(List.of(new RingAttempt(List.of(new RingTarget("5105", 2)))), ring.primary().attempts());
        routes.reset("101");
        assertEquals(List.of(), ((Dialed.Ring) router.dial(BOB, "101")).primary().attempts());
        speedDials.put(new SpeedDial("350", "Alice", "101"));
        assertEquals("101", ((Dialed.Ring) router.dial(BOB, "350")).extension());
    }

    @Test
    void unknownExtensionsAreNotFound() {
        assertThrows(NotFoundException.class, () -> routes.routes("150"));
        assertThrows(NotFoundException.class, () -> routes.setRoutes("150", Set.of(Presence.AWAY), toStation));
        assertThrows(NotFoundException.class, () -> routes.reset("150"));
    }

    @Test
    void aSystemExtensionTakesOnlyInOfficeAndNoCallerIdRoutes() {
        RouteSet hangUp = new RouteSet(route(FinalAction.hangUp(), attempt(station("5100", 4))), null);
        assertEquals(hangUp, of(routes.setRoutes("200", Set.of(Presence.IN_OFFICE), hangUp), Presence.IN_OFFICE));
        assertEquals("presences", assertThrows(InvalidFieldException.class,
                () -> routes.setRoutes("200", Set.of(Presence.AWAY), hangUp)).field());
        assertEquals("extension", assertThrows(InvalidFieldException.class, () -> routes.putCallerIdRoute("200",
                Set.of(Presence.IN_OFFICE), new CallerIdRoute(new CallerIdMatch(true, "bob"), hangUp))).field());
    }

    @Test
    void callerIdRoutesAreAddedAndRemovedPerPresence() {
        CallerIdMatch bob = new CallerIdMatch(true, "bob");
        ExtensionRoutes added = routes.putCallerIdRoute("101", Set.of(Presence.IN_OFFICE),
                new CallerIdRoute(bob, toStation));
        assertEquals(List.of(new CallerIdRoute(bob, toStation)), added.presences().get(0).callerIdRoutes());
        assertEquals("101 In Office, caller ID bob", ((Dialed.Ring) router.dial(BOB, "101")).route());
        assertThrows(NotFoundException.class, () -> routes.removeCallerIdRoute("101", Set.of(Presence.AWAY), bob));
        routes.removeCallerIdRoute("101", Set.of(Presence.IN_OFFICE), bob);
        assertEquals(List.of(), routes.routes("101").presences().get(0).callerIdRoutes());
    }

    @Test
    void eachOperationNeedsItsPermission() throws SQLException {
        access.granted.remove(RoutingPermissions.CALL_ROUTES_MODIFY);
        access.granted.remove(RoutingPermissions.SPEED_DIALS_MODIFY);
        access.granted.remove(RoutingPermissions.CALL_PARK_MODIFY);
        routes.routes("101");
        assertThrows(PermissionDeniedException.class,
                () -> routes.setRoutes("101", Set.of(Presence.AWAY), toStation));
        assertThrows(PermissionDeniedException.class, () -> speedDials.put(new SpeedDial("350", "", "101")));
        assertThrows(PermissionDeniedException.class, () -> park.update(new CallParkSettings(30, null)));
        assertEquals(0, h2.rows("rt_extension_routes") + h2.rows("rt_speed_dial"));
        access.granted.clear();
        assertThrows(PermissionDeniedException.class, () -> routes.routes("101"));
        assertThrows(PermissionDeniedException.class, () -> speedDials.list());
        assertThrows(PermissionDeniedException.class, () -> park.get());
    }

    @Test
    void speedDials() {
        speedDials.put(new SpeedDial("34000", "far", "102"));
        speedDials.put(new SpeedDial("350", "near", "101"));
        assertEquals(List.of("350", "34000"), speedDials.list().stream().map(SpeedDial::number).toList());
        assertEquals(new SpeedDial("350", "near", "101"), speedDials.get("350"));
        assertEquals("number", assertThrows(InvalidFieldException.class,
                () -> speedDials.put(new SpeedDial("*250", "", "101"))).field());
        speedDials.delete("350");
        assertThrows(NotFoundException.class, () -> speedDials.get("350"));
        assertThrows(NotFoundException.class, () -> speedDials.delete("350"));
    }

    @Test
    void callPark() {
        assertEquals(new CallParkSettings(600, null), park.get());
        assertEquals(new CallParkSettings(30, "200"), park.update(new CallParkSettings(30, "200")));
        assertEquals("timeout-extension", assertThrows(InvalidFieldException.class,
                () -> park.update(new CallParkSettings(30, "150"))).field());
        assertEquals(new CallParkSettings(30, "200"), park.get());
    }
}
