package org.branchline.voicemail.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.branchline.testsupport.SoapContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The voicemail SOAP endpoint as CXF builds it: the operations of v1/mailboxes and a WSDL naming their types. */
class VoicemailAdminSoapTest {
    private static SoapContract contract;

    @BeforeAll
    static void build() {
        contract = SoapContract.of(VoicemailAdminSoap.class);
    }

    @AfterAll
    static void shutdown() {
        contract.close();
    }

    @Test
    void mirrorsTheRestOperations() {
        assertEquals(new TreeSet<>(Set.of("listMailboxes", "getMailbox", "deleteSavedMessages", "getVoicemailAlerts",
                "updateVoicemailAlerts")), contract.operations());
        assertEquals(VoicemailAdminSoap.NAMESPACE, contract.namespace());
    }

    @Test
    void theWsdlNamesTheMailboxTypes() throws Exception {
        String wsdl = contract.wsdl();
        for (String type : new String[] {"mailbox", "voicemailAlerts", "escalationLevel"}) {
            assertTrue(wsdl.contains("name=\"" + type + "\""), type + " in " + wsdl);
        }
    }
}
