package org.branchline.routing.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.ConnectionAttempt;
import org.branchline.api.routing.Destination;
import org.branchline.api.routing.DestinationKind;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.FinalActionKind;
import org.branchline.api.routing.RouteSet;
import org.branchline.testsupport.SoapContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The call routing door: its operations, WSDL types and route conversions. */
class CallRoutingAdminSoapTest {
    private static SoapContract contract;

    @BeforeAll
    static void build() {
        contract = SoapContract.of(CallRoutingAdminSoap.class);
    }

    @AfterAll
    static void shutdown() {
        contract.close();
    }

    @Test
    void mirrorsTheRestOperations() {
        assertEquals(new TreeSet<>(Set.of("getCallRoutes", "setCallRoutes", "putCallerIdRoute", "removeCallerIdRoute",
                "resetCallRoutes", "listSpeedDials", "getSpeedDial", "putSpeedDial", "deleteSpeedDial", "getCallPark",
                "updateCallPark")), contract.operations());
        assertEquals(CallRoutingAdminSoap.NAMESPACE, contract.namespace());
    }

    @Test
    void theWsdlNamesTheRouteTypes() throws Exception {
        String text = contract.wsdl();
        for (String type : new String[] {"extensionRoutes", "routeSet", "callRoute", "connectionAttempt",
                "destination", "speedDial", "callPark"}) {
            assertTrue(text.contains("name=\"" + type + "\""), type + " in " + text);
        }
    }

    @Test
    void routesAreReadBackAsWritten() {
        RouteSet routes = new RouteSet(new CallRoute(List.of(new ConnectionAttempt(List.of(
                new Destination(DestinationKind.CALL_APPEARANCE, "5100", 4),
                new Destination(DestinationKind.FOLLOW_ME, "95551234", 2)))),
                new FinalAction(FinalActionKind.VOICEMAIL, "101")), new CallRoute(List.of(), FinalAction.hangUp()));
        assertEquals(routes, SoapRouteSet.toRouteSet("routes", SoapRouteSet.of(routes)));
    }

    @Test
    void whatARouteLacksIsNamedByItsPath() {
        SoapRouteSet routes = new SoapRouteSet();
        assertEquals("routes.primary", refused(routes));
        routes.primary = new SoapRoute();
        assertEquals("routes.primary.finalAction", refused(routes));
        routes.primary.finalAction = "VOICEMAIL";
        routes.primary.finalExtension = "101";
        SoapRoute.SoapAttempt attempt = new SoapRoute.SoapAttempt();
        attempt.destinations.add(new SoapRoute.SoapDestination());
        routes.primary.attempts.add(attempt);
        assertEquals("routes.primary.attempts[0].destinations[0].kind", refused(routes));
        attempt.destinations.get(0).kind = "call-appearance";
        assertEquals("routes.primary.attempts[0].destinations[0].target", refused(routes));
        attempt.destinations.get(0).target = "5100";
        assertEquals(Destination.DEFAULT_RINGS,
                SoapRouteSet.toRouteSet("routes", routes).primary().attempts().get(0).destinations().get(0).rings());
    }

    private static String refused(SoapRouteSet routes) {
        return assertThrows(InvalidFieldException.class, () -> SoapRouteSet.toRouteSet("routes", routes)).field();
    }
}
