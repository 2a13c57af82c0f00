package org.branchline.admin.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import javax.jws.WebMethod;
import javax.jws.WebService;
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
import org.branchline.api.admin.ConflictException;
import org.branchline.api.admin.FeatureNotInstalledException;
import org.branchline.api.admin.InvalidFieldException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What any SOAP door makes of an admin refusal, through the invoker the host publishes every endpoint with: the
 * client's fault (soap:Client) with the rule as the fault string and the status in the detail; a feature that is
 * not there is the server's (soap:Server).
 */
class SoapRefusalsTest {
    private static final String NAMESPACE = "urn:branchline:test:refusals";
    private static Bus bus;
    private static Server server;

    /** A door whose every operation is refused. */
    @WebService(targetNamespace = NAMESPACE)
    public static class RefusingDoor {
        @WebMethod
        public void installKey() {
            throw new ConflictException("key", "key 2026-0002 is already installed");
        }

        @WebMethod
        public void setPin() {
            throw new InvalidFieldException("pin", "must be digits, at least 4");
        }

        @WebMethod
        public void listCalls() {
            throw new FeatureNotInstalledException("call records", "branchline-call-records");
        }
    }

    @BeforeAll
    static void publish() {
        bus = BusFactory.newInstance().createBus();
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress("/refusals");
        factory.setServiceClass(RefusingDoor.class);
        factory.setServiceBean(new RefusingDoor());
        server = factory.create();
    }

    @AfterAll
    static void shutdown() {
        server.destroy();
        bus.shutdown(true);
    }

    @Test
    void aRefusalIsTheClientsFaultWithTheRuleAndTheStatus() {
        Fault conflict = fault("installKey");
        assertEquals(Fault.FAULT_CODE_CLIENT, conflict.getFaultCode());
        assertEquals("key: key 2026-0002 is already installed", conflict.getMessage());
        assertEquals("409", status(conflict));
        Fault invalid = fault("setPin");
        assertEquals(Fault.FAULT_CODE_CLIENT, invalid.getFaultCode());
        assertEquals("pin: must be digits, at least 4", invalid.getMessage());
        assertEquals("400", status(invalid));
    }

    @Test
    void aMissingFeatureIsTheServersFault() {
        Fault missing = fault("listCalls");
        assertEquals(Fault.FAULT_CODE_SERVER, missing.getFaultCode());
        assertEquals("call records is not installed (feature branchline-call-records)", missing.getMessage());
        assertEquals("503", status(missing));
    }

    private static String status(Fault fault) {
        return fault.getDetail().getFirstChild().getAttributes().getNamedItem("status").getNodeValue();
    }

    /** Calls {@code operation} as CXF does for a request: through the door's invoker, which makes the fault. */
    private static Fault fault(String operation) {
        Endpoint endpoint = server.getEndpoint();
        BindingOperationInfo binding = endpoint.getEndpointInfo().getBinding()
                .getOperation(new QName(NAMESPACE, operation));
        Exchange exchange = new ExchangeImpl();
        exchange.put(Endpoint.class, endpoint);
        exchange.put(Service.class, endpoint.getService());
        exchange.put(BindingOperationInfo.class, binding);
        exchange.put(OperationInfo.class, binding.getOperationInfo());
        Message in = new MessageImpl();
        in.setExchange(exchange);
        exchange.setInMessage(in);
        return assertThrows(Fault.class, () -> SubjectInvokers.soap(new RefusingDoor())
                .invoke(exchange, new MessageContentsList()));
    }
}
