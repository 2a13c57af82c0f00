package org.branchline.voicemail.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import org.branchline.admin.json.AdminJson;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.shell.PbxCommand;
import org.branchline.voicemail.MailboxService;
import org.branchline.voicemail.MailboxSummary;
import org.branchline.voicemail.VoicemailAlerts;
import org.junit.jupiter.api.Test;

/** The pbx:mailbox-* and pbx:voicemail-alerts* commands, with the mailbox service faked. */
class VoicemailCommandsTest {
    private static final VoicemailAlerts.Level BOB = new VoicemailAlerts.Level(List.of("bob"), 10, 2, false);

    @Test
    void mailboxesPrintAsRestWritesThem() throws Exception {
        assertEquals("{\"owner\":\"alice\",\"extension\":\"101\",\"new-messages\":2,\"saved-messages\":5}",
                AdminJson.mapper().readTree(PbxCommand.toJson(new MailboxSummary("alice", "101", 2, 5))).toString());
    }

    @Test
    void setReplacesWhatIsGivenKeepsTheRestAndNoneClears() {
        VoicemailAlerts[] stored = {new VoicemailAlerts("NOTIFICATION", List.of("dave"), List.of(BOB))};
        VoicemailAlertsSet command = new VoicemailAlertsSet();
        command.mailboxes = service(stored);
        command.user = "alice";
        command.mode = "escalation";
        command.levels = List.of("15, 0, continue, carol, 5551234@sms.example.com");
        command.data();
        assertEquals(new VoicemailAlerts("escalation", List.of("dave"), List.of(new VoicemailAlerts.Level(
                List.of("carol", "5551234@sms.example.com"), 15, 0, true))), stored[0]);
        command.levels = List.of("none");
        command.recipients = List.of("erin", "frank");
        command.data();
        assertEquals(new VoicemailAlerts("escalation", List.of("erin", "frank"), List.of()), stored[0]);
    }

    @Test
    void aWrongLevelIsNamedByItsPlace() {
        assertEquals(List.of(BOB, new VoicemailAlerts.Level(List.of(), 1, 0, true)),
                AlertLevelText.parse("level", List.of("10,2,stop,bob", "1,0,CONTINUE")));
        assertRefused("level[1]", "'x' is not a number", "10,2,stop,bob", "10,x,stop");
        assertRefused("level[0]", "period-minutes,retries", "10,2");
        assertRefused("level[0]", "'maybe' is neither", "10,2,maybe,bob");
    }

    private static void assertRefused(String field, String part, String... levels) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> AlertLevelText.parse("level", List.of(levels)));
        assertEquals(field, e.field());
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    /** A mailbox service whose alerts are {@code stored[0]}; updateAlerts replaces them. */
    private static MailboxService service(VoicemailAlerts[] stored) {
        return (MailboxService) Proxy.newProxyInstance(MailboxService.class.getClassLoader(),
                new Class<?>[] {MailboxService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("updateAlerts")) {
                        stored[0] = (VoicemailAlerts) args[1];
                    }
                    return stored[0];
                });
    }
}
