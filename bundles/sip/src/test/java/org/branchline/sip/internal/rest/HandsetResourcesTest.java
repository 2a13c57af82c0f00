package org.branchline.sip.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.branchline.admin.json.AdminJson;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.sip.CallAppearance;
import org.branchline.sip.Handset;
import org.branchline.sip.HandsetService;
import org.branchline.sip.Registration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The SIP core's resources against the contract's JSON, with the services faked. */
class HandsetResourcesTest {
    private static final ObjectMapper JSON = AdminJson.mapper();

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
    void aHandsetKeepsItsLoginIdAndLinesDefaultToOne() {
        List<Object> created = new ArrayList<>();
        HandsetService service = (HandsetService) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HandsetService.class}, (proxy, method, args) -> {
                    created.addAll(java.util.Arrays.asList(args));
                    return new Handset(String.valueOf(args[0]), "", 1, List.of());
                });
        HandsetsResource resource = new HandsetsResource(service);
        assertEquals(201, resource.create(new Requests.HandsetBody("bob-phone", null, null, "secret", null)).getStatus());
        assertEquals(1, created.get(2));
        assertRefused("login-id", () -> resource.create(new Requests.HandsetBody(null, null, 2, "secret", null)));
        assertRefused("login-id", () -> resource.update("bob-phone", new Requests.HandsetBody("x", null, 2, null, null)));
        assertRefused("owner", () -> resource.update("bob-phone", new Requests.HandsetBody(null, null, 2, null, "bob")));
    }

    private static void assertRefused(String field, Executable call) {
        assertEquals(field, assertThrows(InvalidFieldException.class, call).field());
    }
}
