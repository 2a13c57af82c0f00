package org.branchline.voicemail.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.branchline.admin.json.AdminJson;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.voicemail.MailboxService;
import org.branchline.voicemail.MailboxSummary;
import org.branchline.voicemail.VoicemailAlerts;
import org.junit.jupiter.api.Test;

/** v1/mailboxes with the mailbox service faked, read and written by the admin doors' JSON. */
class MailboxesResourceTest {
    private static final ObjectMapper JSON = AdminJson.mapper();
    private final List<Object[]> calls = new ArrayList<>();
    private final MailboxesResource resource = new MailboxesResource(recording(calls));

    @Test
    void mailboxesAndAlertsAreWrittenAsTheContractSays() throws Exception {
        assertEquals("{\"owner\":\"alice\",\"extension\":\"101\",\"new-messages\":2,\"saved-messages\":5}",
                JSON.writeValueAsString(new MailboxSummary("alice", "101", 2, 5)));
        VoicemailAlerts alerts = new VoicemailAlerts("ESCALATION", List.of("bob"),
                List.of(new VoicemailAlerts.Level(List.of("carol"), 10, 2, true)));
        assertEquals("{\"mode\":\"ESCALATION\",\"recipients\":[\"bob\"],\"levels\":[{\"recipients\":[\"carol\"],"
                + "\"notification-period\":10,\"maximum-retries\":2,\"continue-notifications\":true}]}",
                JSON.writeValueAsString(alerts));
    }

    @Test
    void anAlertsBodyBecomesTheAlertsWithLevelDefaults() throws Exception {
        resource.updateAlerts("alice", JSON.readValue("{\"mode\":\"escalation\",\"levels\":[{\"recipients\":[\"bob\"],"
                + "\"notification-period\":5}]}", AlertsBody.class));
        assertEquals(List.of("alice", new VoicemailAlerts("escalation", null,
                List.of(new VoicemailAlerts.Level(List.of("bob"), 5, 0, false)))), List.of(calls.get(0)));
        assertEquals(new VoicemailAlerts("disabled", null, List.of()),
                new AlertsBody("disabled", null, null).alerts());
        assertEquals("body", assertThrows(InvalidFieldException.class,
                () -> resource.updateAlerts("alice", null)).field());
    }

    @Test
    void anUnknownFieldOfTheBodyIsRefused() {
        assertThrows(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class,
                () -> JSON.readValue("{\"mode\":\"disabled\",\"recipient\":[]}", AlertsBody.class));
    }

    @Test
    void deletingSavedMessagesAnswersHowMany() throws Exception {
        assertEquals("{\"deleted\":3}", JSON.writeValueAsString(resource.deleteSaved("alice")));
        assertEquals("alice", calls.get(0)[0]);
    }

    /** A mailbox service that records each call and answers 3 deleted, or the alerts it was given. */
    private static MailboxService recording(List<Object[]> calls) {
        return (MailboxService) Proxy.newProxyInstance(MailboxesResourceTest.class.getClassLoader(),
                new Class<?>[] {MailboxService.class}, (proxy, method, args) -> {
                    calls.add(args);
                    return method.getName().equals("deleteSavedMessages") ? 3 : args[args.length - 1];
                });
    }
}
