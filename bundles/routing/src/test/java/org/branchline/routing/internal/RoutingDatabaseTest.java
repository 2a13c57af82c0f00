package org.branchline.routing.internal;

import static org.branchline.routing.internal.rules.Routes.attempt;
import static org.branchline.routing.internal.rules.Routes.route;
import static org.branchline.routing.internal.rules.Routes.station;
import static org.branchline.routing.internal.rules.Routes.voicemail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.ApplicationNumber;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.CallerIdRoute;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.RouteSet;
import org.branchline.api.routing.SpeedDial;
import org.branchline.api.routing.WhileAbsent;
import org.branchline.persistence.H2Database;
import org.branchline.routing.internal.rules.NumberForms;
import org.branchline.routing.internal.rules.PhoneState;
import org.branchline.routing.internal.rules.StoredRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The routing tables on H2 through EclipseLink, as in the server, and what a restart reads back. */
class RoutingDatabaseTest {
    private final H2Database h2 = new H2Database("branchline-routing");

    @AfterEach
    void close() throws SQLException {
        h2.close();
    }

    private RoutingDatabase restart() throws SQLException {
        return new RoutingDatabase(h2.factory, h2.dataSource);
    }

    @Test
    void startsWithTheFactorySettings() throws SQLException {
        RoutingDatabase db = restart();
        assertEquals(new CallParkSettings(600, null), db.park());
        assertEquals(List.of(), db.speedDials());
        assertEquals(StoredRoutes.none("101"), db.routes("101"));
        assertEquals(PhoneState.none("5100"), db.phone("5100"));
    }

    @Test
    void routesSurviveARestart() throws SQLException {
        RouteSet set = new RouteSet(route(voicemail("101"), attempt(station("5100", 4))), route(FinalAction.hangUp()));
        StoredRoutes stored = restart().updateRoutes("101", r -> r.withRoutes(Set.of(Presence.AWAY), set)
                .withCallerIdRoute(Set.of(Presence.IN_OFFICE), new CallerIdRoute(new CallerIdMatch(false, "585*"),
                        set)));
        assertEquals(stored, restart().routes("101"));
        restart().updateRoutes("101", r -> StoredRoutes.none("101"));
        assertEquals(0, h2.rows("rt_extension_routes"));
        assertTrue(restart().routes("101").isEmpty());
    }

    @Test
    void speedDialsAndParkSurviveARestart() throws SQLException {
        RoutingDatabase db = restart();
        db.putSpeedDial(new SpeedDial("34000", "far", "102"));
        db.putSpeedDial(new SpeedDial("350", "near", "101"));
        db.putSpeedDial(new SpeedDial("350", "nearer", "103"));
        db.savePark(new CallParkSettings(30, "200"));
        RoutingDatabase again = restart();
        assertEquals(List.of(new SpeedDial("350", "nearer", "103"), new SpeedDial("34000", "far", "102")),
                again.speedDials());
        assertEquals(new CallParkSettings(30, "200"), again.park());
        assertTrue(again.deleteSpeedDial("350"));
        assertFalse(again.deleteSpeedDial("350"));
        assertEquals(Optional.empty(), restart().speedDial("350"));
    }

    @Test
    void phoneFeaturesSurviveARestartAndLeaveNoRowWhenOff() throws SQLException {
        restart().updatePhone("5100", s -> s.withDoNotDisturb(true).withForwardTo("102"));
        assertEquals(new PhoneState("5100", true, "102"), restart().phone("5100"));
        restart().updatePhone("5100", s -> s.withDoNotDisturb(false).withForwardTo(null));
        assertEquals(0, h2.rows("rt_phone_state"));
    }

    @Test
    void aDeclaredNumberIsKeptAndTheFirstToDeclareItKeepsIt() throws SQLException {
        ApplicationNumber echo = NumberForms.read("pbx-functions:07", "e2e-echo", WhileAbsent.BUSY);
        assertTrue(restart().declare(echo));
        assertFalse(restart().declare(echo), "declared again after a restart: kept already");
        assertFalse(restart().declare(NumberForms.read("pbx-functions:07", "other", WhileAbsent.UNAVAILABLE)));
        assertTrue(restart().applicationNumbers().contains(echo));
        assertEquals(10, h2.rows("rt_application_number"), "the nine factory numbers and the declared one");
    }
}
