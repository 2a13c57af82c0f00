package org.branchline.update.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.testsupport.SoapContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The updates door: its WSDL and what it makes of the service's answers. */
class UpdatesAdminSoapTest {
    private static SoapContract contract;

    @BeforeAll
    static void build() {
        contract = SoapContract.of(UpdatesAdminSoap.class);
    }

    @AfterAll
    static void shutdown() {
        contract.close();
    }

    private final UpdatesAdminSoap soap = new UpdatesAdminSoap(new FakeUpdates());

    @Test
    void offersTheUpdateOperations() {
        assertEquals(new TreeSet<>(Set.of("runningSoftware", "updateHistory", "applyUpdate", "cancelScheduledUpdate")),
                contract.operations());
        assertEquals(UpdatesAdminSoap.NAMESPACE, contract.namespace());
    }

    @Test
    void theWsdlNamesTheTypesAndTakesTheArchiveAsBase64() throws Exception {
        String text = contract.wsdl();
        for (String type : new String[] {"software", "featureVersion", "update"}) {
            assertTrue(text.contains("name=\"" + type + "\""), type + " in " + text);
        }
        assertTrue(text.matches("(?s).*name=\"archive\"[^>]*type=\"xs:base64Binary\".*"), "archive in " + text);
    }

    @Test
    void updatesAreAppliedNowOrWhenAsked() {
        SoapUpdate now = soap.applyUpdate("branchline-1.2.3.kar", new byte[3], null);
        assertEquals("applied", now.outcome);
        assertEquals("PATCH", now.kind);
        assertEquals("branchline-sip", now.features.get(0).name);
        SoapUpdate later = soap.applyUpdate("branchline-1.2.4.kar", new byte[4], "2026-11-24T07:00:00Z");
        assertEquals("scheduled", later.outcome);
        assertEquals(Instant.parse("2026-11-24T07:00:00Z").toString(), later.activateAt);
        assertEquals(List.of("branchline-base", "branchline-sip"),
                soap.runningSoftware().features.stream().map(f -> f.name).toList());
        assertEquals(2, soap.updateHistory().size());
        assertTrue(soap.cancelScheduledUpdate());
        assertFalse(soap.cancelScheduledUpdate());
        assertEquals("activate-at", assertThrows(InvalidFieldException.class,
                () -> soap.applyUpdate("x.kar", new byte[1], "next tuesday")).field());
    }
}
