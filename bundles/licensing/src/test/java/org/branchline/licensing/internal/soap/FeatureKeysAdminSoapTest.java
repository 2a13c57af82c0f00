package org.branchline.licensing.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.branchline.testsupport.SoapContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The feature keys door: its WSDL and what it makes of the service's answers. */
class FeatureKeysAdminSoapTest {
    private static SoapContract contract;

    @BeforeAll
    static void build() {
        contract = SoapContract.of(FeatureKeysAdminSoap.class);
    }

    @AfterAll
    static void shutdown() {
        contract.close();
    }

    private final FeatureKeysAdminSoap soap = new FeatureKeysAdminSoap(new FakeFeatureKeys());

    @Test
    void offersTheFeatureKeyOperations() {
        assertEquals(new TreeSet<>(Set.of("serverInfo", "listFeatureKeys", "listFeatureLicenses",
                "installFeatureKey", "removeFeatureKey")), contract.operations());
        assertEquals(FeatureKeysAdminSoap.NAMESPACE, contract.namespace());
    }

    @Test
    void theWsdlNamesTheTypes() throws Exception {
        String text = contract.wsdl();
        for (String type : new String[] {"serverIdentity", "featureKey", "featureCount", "featureLicense"}) {
            assertTrue(text.contains("name=\"" + type + "\""), type + " in " + text);
        }
    }

    @Test
    void keysAreShownByFeatureName() {
        SoapFeatureKey key = soap.installFeatureKey("2026-0001");
        assertEquals(List.of("CONFERENCE_CENTER 1", "GENERIC_SIP_HANDSETS 10"),
                key.features.stream().map(f -> f.feature + " " + f.count).toList());
        assertEquals("2026-11-23", key.issued);
        assertNull(key.expires, "a key that never expires");
        assertEquals("2026-11-23T10:00:00Z", key.installed);
        assertEquals("ACTIVE", key.state);
        assertEquals(List.of("2026-0001"), soap.listFeatureKeys().stream().map(k -> k.id).toList());
        SoapFeatureLicense handsets = soap.listFeatureLicenses().get(0);
        assertEquals("Generic SIP Handsets 10/15/3", handsets.title + " " + handsets.installed + "/"
                + handsets.allowed + "/" + handsets.used);
        assertEquals("BL-7F3A-91C2-0D4E", soap.serverInfo().serverId);
        soap.removeFeatureKey("2026-0001");
        assertTrue(soap.listFeatureKeys().isEmpty());
    }
}
