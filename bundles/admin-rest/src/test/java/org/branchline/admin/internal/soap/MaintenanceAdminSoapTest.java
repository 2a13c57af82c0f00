package org.branchline.admin.internal.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.wsdl.Definition;
import javax.wsdl.factory.WSDLFactory;
import javax.xml.namespace.QName;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Endpoint;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageContentsList;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.service.Service;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.apache.cxf.service.model.OperationInfo;
import org.apache.cxf.service.model.ServiceInfo;
import org.apache.cxf.wsdl11.ServiceWSDLBuilder;
import org.branchline.admin.internal.OptionalService;
import org.branchline.admin.internal.auth.SubjectInvokers;
import org.branchline.api.admin.FeatureNotInstalledException;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.licensing.FeatureKeyService;
import org.branchline.api.update.SoftwareUpdateService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Maintenance door: its WSDL, what it makes of the services' answers, and refusals as SOAP faults. */
class MaintenanceAdminSoapTest {
    private static Bus bus;
    private static Server server;
    private static ServiceInfo service;
    /** Fresh for each test. */
    private final MaintenanceAdminSoap soap = door(new FakeMaintenance.Keys(), new FakeMaintenance.Updates());

    /** Published as AdminEndpoints publishes it, but called through its invoker rather than over HTTP. */
    @BeforeAll
    static void publish() {
        bus = BusFactory.newInstance().createBus();
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress("/maintenance");
        factory.setServiceClass(MaintenanceAdminSoap.class);
        MaintenanceAdminSoap bean = door(null, null);
        factory.setServiceBean(bean);
        factory.setInvoker(SubjectInvokers.soap(bean));
        server = factory.create();
        service = server.getEndpoint().getService().getServiceInfos().get(0);
    }

    @AfterAll
    static void shutdown() {
        server.destroy();
        bus.shutdown(true);
    }

    @Test
    void offersTheMaintenanceOperations() {
        Set<String> operations = new TreeSet<>();
        service.getInterface().getOperations().forEach((OperationInfo o) -> operations.add(o.getName().getLocalPart()));
        assertEquals(new TreeSet<>(Set.of("serverInfo", "listFeatureKeys", "listFeatureLicenses",
                "installFeatureKey", "removeFeatureKey", "runningSoftware", "updateHistory", "applyUpdate",
                "cancelScheduledUpdate")), operations);
        assertEquals(MaintenanceAdminSoap.NAMESPACE, service.getName().getNamespaceURI());
    }

    @Test
    void theWsdlNamesTheTypesAndTakesTheArchiveAsBase64() throws Exception {
        Definition wsdl = new ServiceWSDLBuilder(bus, service).build();
        StringWriter out = new StringWriter();
        WSDLFactory.newInstance().newWSDLWriter().writeWSDL(wsdl, out);
        String text = out.toString();
        for (String type : new String[] {"serverIdentity", "featureKey", "featureCount", "featureLicense",
                "software", "featureVersion", "update"}) {
            assertTrue(text.contains("name=\"" + type + "\""), type + " in " + text);
        }
        assertTrue(text.matches("(?s).*name=\"archive\"[^>]*type=\"xs:base64Binary\".*"), "archive in " + text);
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

    @Test
    void aRefusalIsAClientFaultWithTheReason() {
        soap.installFeatureKey("2026-0002");
        Fault fault = fault(soap, "installFeatureKey", "2026-0002");
        assertEquals(Fault.FAULT_CODE_CLIENT, fault.getFaultCode());
        assertEquals("key: key 2026-0002 is already installed", fault.getMessage());
        assertEquals("409", fault.getDetail().getFirstChild().getAttributes().getNamedItem("status").getNodeValue());
        Fault upgrade = fault(soap, "applyUpdate", "branchline-1.3.0.kar", new byte[0], null);
        assertTrue(upgrade.getMessage().contains("needs the Software Upgrade feature key"), upgrade.getMessage());
        assertEquals(Fault.FAULT_CODE_CLIENT, fault(soap, "removeFeatureKey", "no-such-key").getFaultCode());
    }

    @Test
    void withoutLicensingTheOperationsAreServerFaults() {
        Fault fault = fault(door(null, null), "serverInfo");
        assertEquals(Fault.FAULT_CODE_SERVER, fault.getFaultCode());
        assertTrue(fault.getMessage().contains("branchline-base"), fault.getMessage());
    }

    /** The door over these services; null for a service that is not running. */
    private static MaintenanceAdminSoap door(FeatureKeyService keys, SoftwareUpdateService updates) {
        return new MaintenanceAdminSoap(new OptionalService<>(() -> keys, FeatureNotInstalledException::licensing),
                new OptionalService<>(() -> updates, FeatureNotInstalledException::licensing));
    }

    /** Calls {@code operation} as CXF does for a request: through the door's invoker, which makes the fault. */
    private static Fault fault(MaintenanceAdminSoap implementor, String operation, Object... arguments) {
        Endpoint endpoint = server.getEndpoint();
        BindingOperationInfo binding = endpoint.getEndpointInfo().getBinding()
                .getOperation(new QName(MaintenanceAdminSoap.NAMESPACE, operation));
        Exchange exchange = new ExchangeImpl();
        exchange.put(Endpoint.class, endpoint);
        exchange.put(Service.class, endpoint.getService());
        exchange.put(BindingOperationInfo.class, binding);
        Message in = new MessageImpl();
        in.setExchange(exchange);
        exchange.setInMessage(in);
        return assertThrows(Fault.class, () -> SubjectInvokers.soap(implementor)
                .invoke(exchange, new MessageContentsList(arguments)));
    }
}
