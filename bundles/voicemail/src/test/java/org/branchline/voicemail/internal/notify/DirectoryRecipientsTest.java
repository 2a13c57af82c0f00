package org.branchline.voicemail.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryRecipientsTest {
    private final DirectoryRecipients recipients = new DirectoryRecipients(Set.of("jsmith")::contains,
            "pbx.example");

    @Test
    void anAddressIsItself() {
        assertEquals(List.of("drjones@example.com"), recipients.addresses("drjones@example.com"));
        assertEquals(List.of("7165552000@txt.att.net"), recipients.addresses("7165552000@txt.att.net"));
    }

    @Test
    void aUserIsTheirMailboxOnThePbx() {
        assertEquals(List.of("jsmith@pbx.example"), recipients.addresses("jsmith"));
    }

    @Test
    void anythingElseIsNobody() {
        assertEquals(List.of(), recipients.addresses("doctors"));
        assertEquals(List.of(), recipients.addresses("a@b@c"));
    }
}
