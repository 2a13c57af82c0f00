package org.branchline.routing.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.branchline.routing.internal.rest.Requests.RoutesBody;
import org.branchline.admin.json.AdminJson;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.CallParkService;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.CallRouteService;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.CallerIdRoute;
import org.branchline.api.routing.ConnectionAttempt;
import org.branchline.api.routing.Destination;
import org.branchline.api.routing.DestinationKind;
import org.branchline.api.routing.ExtensionRoutes;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.FinalActionKind;
import org.branchline.api.routing.PresenceRoutes;
import org.branchline.api.routing.RouteSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Call routing's resources against the contract's JSON, with the services faked. */
class RoutingResourcesTest {
    private static final ObjectMapper JSON = AdminJson.mapper();
    private static final CallRoute VOICEMAIL_101 = new CallRoute(List.of(new ConnectionAttempt(List.of(
            new Destination(DestinationKind.CALL_APPEARANCE, "5100", 4)))),
            new FinalAction(FinalActionKind.VOICEMAIL, "101"));

    @Test
    void routesAreWrittenAsTheContractSays() throws Exception {
        ExtensionRoutes routes = new ExtensionRoutes("101", ExtensionKind.USER, List.of(new PresenceRoutes(
                Presence.IN_OFFICE, new RouteSet(VOICEMAIL_101, null), List.of(new CallerIdRoute(
                        new CallerIdMatch(true, "bob"), new RouteSet(VOICEMAIL_101, null))))));
        String route = "{\"attempts\":[{\"destinations\":[{\"kind\":\"CALL_APPEARANCE\",\"target\":\"5100\",\"rings\":4}]}],"
                + "\"final-action\":{\"kind\":\"VOICEMAIL\",\"extension\":\"101\"}}";
        assertEquals("{\"extension\":\"101\",\"kind\":\"USER\",\"presences\":[{\"presence\":\"IN_OFFICE\",\"routes\":"
                + "{\"primary\":" + route + ",\"on-busy\":null},\"caller-id-routes\":[{\"match\":{\"internal\":true,"
                + "\"pattern\":\"bob\"},\"routes\":{\"primary\":" + route + ",\"on-busy\":null}}]}]}",
                JSON.writeValueAsString(routes));
    }

    @Test
    void aRouteBodyBecomesTheRouteSetForEachPresence() throws Exception {
        List<Object[]> calls = new ArrayList<>();
        CallRoutesResource resource = new CallRoutesResource(recording(calls));
        resource.set("101", JSON.readValue("{\"presences\":[\"all\"],\"routes\":{\"primary\":{\"attempts\":"
                + "[{\"destinations\":[{\"kind\":\"CALL_APPEARANCE\",\"target\":\"5100\"}]}],"
                + "\"final-action\":{\"kind\":\"VOICEMAIL\",\"extension\":\"101\"}},\"on-busy\":null}}", RoutesBody.class));
        assertEquals(List.of("101", EnumSet.allOf(Presence.class), new RouteSet(VOICEMAIL_101, null)),
                List.of(calls.get(0)));
    }

    @Test
    void whatAWrongRouteBodyLacksIsNamedByItsPath() throws Exception {
        CallRoutesResource resource = new CallRoutesResource(recording(new ArrayList<>()));
        assertRefused("routes.primary.attempts[0].destinations[0].target", () -> resource.set("101", JSON.readValue(
                "{\"presences\":[\"in-office\"],\"routes\":{\"primary\":{\"attempts\":[{\"destinations\":"
                        + "[{\"kind\":\"USER_EXTENSION\"}]}],\"final-action\":{\"kind\":\"HANG_UP\"}}}}", RoutesBody.class)));
        assertRefused("routes.on-busy.final-action", () -> resource.set("101", JSON.readValue(
                "{\"presences\":[\"in-office\"],\"routes\":{\"primary\":{\"final-action\":{\"kind\":\"HANG_UP\"}},"
                        + "\"on-busy\":{}}}", RoutesBody.class)));
        assertRefused("presences", () -> resource.set("101", JSON.readValue(
                "{\"presences\":[\"at-lunch\"],\"routes\":{\"primary\":{\"final-action\":{\"kind\":\"HANG_UP\"}}}}",
                RoutesBody.class)));
        assertRefused("match.pattern", () -> resource.removeCallerId("101", List.of("all"), true, null));
    }

    @Test
    void callParkKeepsTheTimeoutNotGiven() {
        CallParkSettings[] stored = {new CallParkSettings(300, "100")};
        CallParkService service = new CallParkService() {
            @Override
            public CallParkSettings get() {
                return stored[0];
            }

            @Override
            public CallParkSettings update(CallParkSettings settings) {
                return stored[0] = settings;
            }
        };
        CallParkResource resource = new CallParkResource(service);
        assertEquals(new CallParkSettings(300, null), resource.update(new Requests.CallParkBody(null, null)));
        assertEquals(new CallParkSettings(60, "101"), resource.update(new Requests.CallParkBody(60, "101")));
    }

    private static void assertRefused(String field, Executable call) {
        assertEquals(field, assertThrows(InvalidFieldException.class, call).field());
    }

    /** A call route service that records setRoutes and answers nothing else. */
    private static CallRouteService recording(List<Object[]> calls) {
        return (CallRouteService) java.lang.reflect.Proxy.newProxyInstance(RoutingResourcesTest.class.getClassLoader(),
                new Class<?>[] {CallRouteService.class}, (proxy, method, args) -> {
                    calls.add(args);
                    return new ExtensionRoutes(String.valueOf(args[0]), ExtensionKind.USER, List.of());
                });
    }
}
