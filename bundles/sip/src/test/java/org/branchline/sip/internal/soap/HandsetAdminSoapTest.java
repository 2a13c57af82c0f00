package org.branchline.sip.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.branchline.testsupport.SoapContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The handsets door: its operations and the WSDL types. */
class HandsetAdminSoapTest {
    private static SoapContract contract;

    @BeforeAll
    static void build() {
        contract = SoapContract.of(HandsetAdminSoap.class);
    }

    @AfterAll
    static void shutdown() {
        contract.close();
    }

    @Test
    void mirrorsTheRestOperations() {
        assertEquals(new TreeSet<>(Set.of("listHandsets", "getHandset", "createHandset", "updateHandset",
                "assignHandsetLine", "deleteHandset", "listRegistrations")), contract.operations());
        assertEquals(HandsetAdminSoap.NAMESPACE, contract.namespace());
    }

    @Test
    void theWsdlNamesTheTypes() throws Exception {
        String text = contract.wsdl();
        for (String type : new String[] {"handset", "callAppearance", "registration"}) {
            assertTrue(text.contains("name=\"" + type + "\""), type + " in " + text);
        }
    }
}
