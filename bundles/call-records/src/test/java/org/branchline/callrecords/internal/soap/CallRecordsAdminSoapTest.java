package org.branchline.callrecords.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.branchline.testsupport.SoapContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The call records door. */
class CallRecordsAdminSoapTest {
    private static SoapContract contract;

    @BeforeAll
    static void build() {
        contract = SoapContract.of(CallRecordsAdminSoap.class);
    }

    @AfterAll
    static void shutdown() {
        contract.close();
    }

    @Test
    void offersTheCallListing() throws Exception {
        assertEquals(Set.of("listCalls"), contract.operations());
        assertTrue(contract.wsdl().contains("name=\"callRecord\""));
    }
}
