package org.branchline.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.branchline.admin.json.AdminJson;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.ConnectionAttempt;
import org.branchline.api.routing.Destination;
import org.branchline.api.routing.DestinationKind;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.FinalActionKind;
import org.junit.jupiter.api.Test;

/** --json prints what the REST door answers (see the contract's shapes). */
class PbxCommandTest {
    /** Shaped like the SIP core's registrations: an instant among text fields. */
    record Registration(String loginId, String userId, String contact, String source, Instant expires,
            String userAgent) {
    }

    @Test
    void instantsAreIsoText() throws Exception {
        JsonNode json = AdminJson.mapper().readTree(PbxCommand.toJson(new Registration("alice-phone", "5100",
                "sip:5100@192.0.2.7:5062", "udp:192.0.2.7:5062", Instant.parse("2026-11-23T10:00:00Z"), "baresip")));
        assertEquals("2026-11-23T10:00:00Z", json.path("expires").asText());
        assertEquals("5100", json.path("user-id").asText());
        assertEquals("baresip", json.path("user-agent").asText());
    }

    @Test
    void routesAreKebabCaseWithoutDerivedFields() throws Exception {
        CallRoute route = new CallRoute(List.of(new ConnectionAttempt(List.of(
                new Destination(DestinationKind.CALL_APPEARANCE, "5100", 4)))),
                new FinalAction(FinalActionKind.VOICEMAIL, "101"));
        assertEquals("{\"attempts\":[{\"destinations\":[{\"kind\":\"CALL_APPEARANCE\",\"target\":\"5100\",\"rings\":4}]}],"
                + "\"final-action\":{\"kind\":\"VOICEMAIL\",\"extension\":\"101\"}}",
                AdminJson.mapper().readTree(PbxCommand.toJson(route)).toString());
    }
}
