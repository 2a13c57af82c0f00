package org.branchline.voicemail.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The voicemail SOAP endpoint as CXF builds it: the operations of v1/mailboxes and a WSDL naming their types. */
class VoicemailAdminSoapTest {
    private static Bus bus;
    private static ServiceInfo service;

    @BeforeAll
    static void build() {
        bus = BusFactory.newInstance().createBus();
        JaxWsServiceFactoryBean factory = new JaxWsServiceFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(VoicemailAdminSoap.class);
        service = factory.create().getServiceInfos().get(0);
    }

    @AfterAll
    static void shutdown() {
        bus.shutdown(true);
    }

    @Test
    void mirrorsTheRestOperations() {
        Set<String> operations = new TreeSet<>();
        service.getInterface().getOperations().forEach((OperationInfo o) -> operations.add(o.getName().getLocalPart()));
        assertEquals(new TreeSet<>(Set.of("listMailboxes", "getMailbox", "deleteSavedMessages", "getVoicemailAlerts",
                "updateVoicemailAlerts")), operations);
        assertEquals(VoicemailAdminSoap.NAMESPACE, service.getName().getNamespaceURI());
    }

    @Test
    void theWsdlNamesTheMailboxTypes() throws Exception {
        StringWriter out = new StringWriter();
        WSDLFactory.newInstance().newWSDLWriter().writeWSDL(new ServiceWSDLBuilder(bus, service).build(), out);
        for (String type : new String[] {"mailbox", "voicemailAlerts", "escalationLevel"}) {
            assertTrue(out.toString().contains("name=\"" + type + "\""), type + " in " + out);
        }
    }
}
