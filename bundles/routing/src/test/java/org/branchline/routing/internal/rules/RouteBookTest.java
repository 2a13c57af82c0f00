package org.branchline.routing.internal.rules;

import static org.branchline.routing.internal.rules.Routes.attempt;
import static org.branchline.routing.internal.rules.Routes.route;
import static org.branchline.routing.internal.rules.Routes.station;
import static org.branchline.routing.internal.rules.Routes.voicemail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.ExtensionRoutes;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.PresenceRoutes;
import org.branchline.api.routing.RouteSet;
import org.junit.jupiter.api.Test;

class RouteBookTest {
    private static final Extension ALICE = new Extension("101", ExtensionKind.USER, "alice", "Alice");
    private static final Extension FRONT_DESK = new Extension("200", ExtensionKind.SYSTEM, null, "Front desk");

    @Test
    void aUserExtensionRingsItsOwnersPhonesThenVoicemailByDefault() {
        ExtensionRoutes routes = RouteBook.routes(ALICE, StoredRoutes.none("101"), List.of("5100", "5102"));
        assertEquals(Arrays.asList(Presence.values()), routes.presences().stream().map(PresenceRoutes::presence)
                .toList());
        RouteSet ringing = new RouteSet(route(voicemail("101"), attempt(station("5100", 4), station("5102", 4))),
                null);
        RouteSet straightToVoicemail = new RouteSet(route(voicemail("101")), null);
        for (PresenceRoutes p : routes.presences()) {
            boolean away = Set.of(Presence.ON_VACATION, Presence.ON_BUSINESS_TRIP, Presence.AT_HOME)
                    .contains(p.presence());
            assertEquals(away ? straightToVoicemail : ringing, p.routes(), p.presence().name());
            assertEquals(List.of(), p.callerIdRoutes());
        }
    }

    @Test
    void anOwnerWithoutPhonesGoesStraightToVoicemail() {
        PresenceRoutes p = RouteBook.of(ALICE, StoredRoutes.none("101"), List.of(), Presence.IN_OFFICE);
        assertEquals(new RouteSet(route(voicemail("101")), null), p.routes());
    }

    @Test
    void aSystemExtensionHangsUpByDefaultAndHasOnlyInOffice() {
        ExtensionRoutes routes = RouteBook.routes(FRONT_DESK, StoredRoutes.none("200"), List.of());
        assertEquals(1, routes.presences().size());
        PresenceRoutes p = routes.presences().get(0);
        assertEquals(Presence.IN_OFFICE, p.presence());
        assertEquals(new RouteSet(route(FinalAction.hangUp()), null), p.routes());
        assertEquals(Presence.IN_OFFICE, RouteBook.of(FRONT_DESK, StoredRoutes.none("200"), List.of(),
                Presence.AWAY).presence());
    }

    @Test
    void storedRoutesReplaceTheDefaultOfTheirPresenceOnly() {
        RouteSet toBob = new RouteSet(route(voicemail("101"), attempt(station("5101", 2))),
                route(FinalAction.hangUp()));
        StoredRoutes stored = StoredRoutes.none("101").withRoutes(Set.of(Presence.AWAY), toBob);
        assertEquals(toBob, RouteBook.of(ALICE, stored, List.of("5100"), Presence.AWAY).routes());
        assertNull(RouteBook.of(ALICE, stored, List.of("5100"), Presence.BUSY).routes().onBusy());
        assertEquals(List.of(station("5100", 4)), RouteBook.of(ALICE, stored, List.of("5100"), Presence.BUSY)
                .routes().primary().attempts().get(0).destinations());
    }
}
