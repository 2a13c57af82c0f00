package org.branchline.sip.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
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

/** The handsets door: its operations and the WSDL types. */
class HandsetAdminSoapTest {
    private static Bus bus;
    private static ServiceInfo service;

    @BeforeAll
    static void build() {
        bus = BusFactory.newInstance().createBus();
        JaxWsServiceFactoryBean factory = new JaxWsServiceFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(HandsetAdminSoap.class);
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
    @Test
    void mirrorsTheRestOperations() {
        assertEquals(new TreeSet<>(Set.of("listHandsets", "getHandset", "createHandset", "updateHandset",
                "assignHandsetLine", "deleteHandset", "listRegistrations")), operations());
        assertEquals(HandsetAdminSoap.NAMESPACE, service.getName().getNamespaceURI());
    }

    @Test
    void theWsdlNamesTheTypes() throws Exception {
        String text = wsdl();
        for (String type : new String[] {"handset", "callAppearance", "registration"}) {
            assertTrue(text.contains("name=\"" + type + "\""), type + " in " + text);
        }
    }
}
