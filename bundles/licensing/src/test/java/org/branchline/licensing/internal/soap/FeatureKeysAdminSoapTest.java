package org.branchline.licensing.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.wsdl.factory.WSDLFactory;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxws.support.JaxWsServiceFactoryBean;
import org.apache.cxf.service.model.OperationInfo;
import org.apache.cxf.service.model.ServiceInfo;
import org.apache.cxf.wsdl11.ServiceWSDLBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The feature keys door: its WSDL and what it makes of the service's answers. */
class FeatureKeysAdminSoapTest {
    private static Bus bus;
    private static ServiceInfo service;

    @BeforeAll
    static void build() {
        bus = BusFactory.newInstance().createBus();
        JaxWsServiceFactoryBean factory = new JaxWsServiceFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(FeatureKeysAdminSoap.class);
        service = factory.create().getServiceInfos().get(0);
    }

    @AfterAll
    static void shutdown() {
        bus.shutdown(true);
    }

    private static String wsdl() throws Exception {
        StringWriter out = new StringWriter();
        WSDLFactory.newInstance().newWSDLWriter().writeWSDL(new ServiceWSDLBuilder(bus, service).build(), out);
        return out.toString();
    }

    private static Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        service.getInterface().getOperations().forEach((OperationInfo o) -> operations.add(o.getName().getLocalPart()));
        return operations;
    }
    private final FeatureKeysAdminSoap soap = new FeatureKeysAdminSoap(new FakeFeatureKeys());

    @Test
    void offersTheFeatureKeyOperations() {
        assertEquals(new TreeSet<>(Set.of("serverInfo", "listFeatureKeys", "listFeatureLicenses",
                "installFeatureKey", "removeFeatureKey")), operations());
        assertEquals(FeatureKeysAdminSoap.NAMESPACE, service.getName().getNamespaceURI());
    }

    @Test
    void theWsdlNamesTheTypes() throws Exception {
        String text = wsdl();
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
