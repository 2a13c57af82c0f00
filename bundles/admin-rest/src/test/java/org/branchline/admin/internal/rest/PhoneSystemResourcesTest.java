package org.branchline.admin.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import javax.ws.rs.core.Response;
import org.branchline.admin.internal.OptionalService;
import org.branchline.admin.internal.rest.Requests.RoutesBody;
import org.branchline.admin.json.AdminJson;
import org.branchline.api.admin.FeatureNotInstalledException;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.calls.CallRecord;
import org.branchline.api.calls.CallRecordService;
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
import org.branchline.api.sip.CallAppearance;
import org.branchline.api.sip.Handset;
import org.branchline.api.sip.HandsetService;
import org.branchline.api.sip.Registration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The phone system and voicemail resources against the contract's JSON, with the services faked. */
class PhoneSystemResourcesTest {
    private static final ObjectMapper JSON = AdminJson.mapper();
    private static final CallRoute VOICEMAIL_101 = new CallRoute(List.of(new ConnectionAttempt(List.of(
            new Destination(DestinationKind.CALL_APPEARANCE, "5100", 4)))),
            new FinalAction(FinalActionKind.VOICEMAIL, "101"));

    @Test
    void aMissingFeatureAnswers503NamingIt() {
        HandsetsResource handsets = new HandsetsResource(sipCore(() -> null));
        FeatureNotInstalledException e = assertThrows(FeatureNotInstalledException.class, handsets::list);
        Response response = new AdminExceptionMapper().toResponse(e);
        assertEquals(503, response.getStatus());
        assertTrue(((ErrorBody) response.getEntity()).error().startsWith("the SIP core is not installed"));
    }

    @Test
    void handsetsAndRegistrationsAreWrittenAsTheContractSays() throws Exception {
        Handset h = new Handset("alice-phone", "Alice", 1, List.of(new CallAppearance(1, "5100", "alice-phone", "alice")));
        assertEquals("{\"login-id\":\"alice-phone\",\"description\":\"Alice\",\"lines\":1,\"appearances\":[{\"line\":1,"
                + "\"user-id\":\"5100\",\"login-id\":\"alice-phone\",\"owner\":\"alice\"}]}", JSON.writeValueAsString(h));
        Registration r = new Registration("alice-phone", "5100", "sip:5100@192.0.2.7", "udp:192.0.2.7:5060",
                Instant.parse("2026-11-23T10:00:00Z"), null);
        assertEquals("{\"login-id\":\"alice-phone\",\"user-id\":\"5100\",\"contact\":\"sip:5100@192.0.2.7\","
                + "\"source\":\"udp:192.0.2.7:5060\",\"expires\":\"2026-11-23T10:00:00Z\",\"user-agent\":null}",
                JSON.writeValueAsString(r));
    }

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
        CallRoutesResource resource = new CallRoutesResource(routing(() -> recording(calls)));
        resource.set("101", JSON.readValue("{\"presences\":[\"all\"],\"routes\":{\"primary\":{\"attempts\":"
                + "[{\"destinations\":[{\"kind\":\"CALL_APPEARANCE\",\"target\":\"5100\"}]}],"
                + "\"final-action\":{\"kind\":\"VOICEMAIL\",\"extension\":\"101\"}},\"on-busy\":null}}", RoutesBody.class));
        assertEquals(List.of("101", EnumSet.allOf(Presence.class), new RouteSet(VOICEMAIL_101, null)),
                List.of(calls.get(0)));
    }

    @Test
    void whatAWrongRouteBodyLacksIsNamedByItsPath() throws Exception {
        CallRoutesResource resource = new CallRoutesResource(routing(() -> recording(new ArrayList<>())));
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
    void callRecordsTakeALimitAndASince() throws Exception {
        List<Object> asked = new ArrayList<>();
        CallRecordService records = (since, limit) -> {
            asked.add(since);
            asked.add(limit);
            return List.of(new CallRecord(7, "abc@host", Instant.parse("2026-11-23T09:00:00Z"), null,
                    Instant.parse("2026-11-23T09:00:30Z"), "5100", "101", null, CallDisposition.NO_ANSWER, "101 In Office: Finally voicemail"));
        };
        CallRecordsResource resource = new CallRecordsResource(sipCore(() -> records));
        String json = JSON.writeValueAsString(resource.list(null, "2026-11-23"));
        assertEquals(List.of(Instant.parse("2026-11-23T00:00:00Z"), 100), asked);
        assertTrue(json.contains("\"call-id\":\"abc@host\",\"started\":\"2026-11-23T09:00:00Z\",\"answered\":null"), json);
        assertTrue(json.contains("\"answered-by\":null,\"disposition\":\"NO_ANSWER\""), json);
        assertRefused("limit", () -> resource.list("0", null));
        assertRefused("limit", () -> resource.list("1001", null));
        assertRefused("limit", () -> resource.list("ten", null));
        assertRefused("since", () -> resource.list("10", "yesterday"));
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
        CallParkResource resource = new CallParkResource(routing(() -> service));
        assertEquals(new CallParkSettings(300, null), resource.update(new Requests.CallParkBody(null, null)));
        assertEquals(new CallParkSettings(60, "101"), resource.update(new Requests.CallParkBody(60, "101")));
    }

    @Test
    void aHandsetKeepsItsLoginIdAndLinesDefaultToOne() {
        List<Object> created = new ArrayList<>();
        HandsetService service = (HandsetService) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HandsetService.class}, (proxy, method, args) -> {
                    created.addAll(java.util.Arrays.asList(args));
                    return new Handset(String.valueOf(args[0]), "", 1, List.of());
                });
        HandsetsResource resource = new HandsetsResource(sipCore(() -> service));
        assertEquals(201, resource.create(new Requests.HandsetBody("bob-phone", null, null, "secret", null)).getStatus());
        assertEquals(1, created.get(2));
        assertRefused("login-id", () -> resource.create(new Requests.HandsetBody(null, null, 2, "secret", null)));
        assertRefused("login-id", () -> resource.update("bob-phone", new Requests.HandsetBody("x", null, 2, null, null)));
        assertRefused("owner", () -> resource.update("bob-phone", new Requests.HandsetBody(null, null, 2, null, "bob")));
    }

    private static void assertRefused(String field, Executable call) {
        assertEquals(field, assertThrows(InvalidFieldException.class, call).field());
    }

    /** A call route service that records setRoutes and answers nothing else. */
    private static CallRouteService recording(List<Object[]> calls) {
        return (CallRouteService) java.lang.reflect.Proxy.newProxyInstance(PhoneSystemResourcesTest.class.getClassLoader(),
                new Class<?>[] {CallRouteService.class}, (proxy, method, args) -> {
                    calls.add(args);
                    return new ExtensionRoutes(String.valueOf(args[0]), ExtensionKind.USER, List.of());
                });
    }

    private static <S> OptionalService<S> sipCore(Supplier<S> service) {
        return new OptionalService<>(service, FeatureNotInstalledException::sipCore);
    }

    private static <S> OptionalService<S> routing(Supplier<S> service) {
        return new OptionalService<>(service, FeatureNotInstalledException::callRouting);
    }

}
