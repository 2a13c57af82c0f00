package org.branchline.testsupport;

import java.io.StringWriter;
import java.util.Set;
import java.util.TreeSet;
import javax.wsdl.WSDLException;
import javax.wsdl.factory.WSDLFactory;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxws.support.JaxWsServiceFactoryBean;
import org.apache.cxf.service.model.ServiceInfo;
import org.apache.cxf.wsdl11.ServiceWSDLBuilder;

/**
 * What CXF makes of a SOAP door's class, as the admin host publishes it: its operations and its WSDL, without a
 * server. Close it to shut its bus down.
 */
public final class SoapContract implements AutoCloseable {
    private final Bus bus;
    private final ServiceInfo service;

    private SoapContract(Bus bus, ServiceInfo service) {
        this.bus = bus;
        this.service = service;
    }

    public static SoapContract of(Class<?> implementor) {
        Bus bus = BusFactory.newInstance().createBus();
        JaxWsServiceFactoryBean factory = new JaxWsServiceFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(implementor);
        return new SoapContract(bus, factory.create().getServiceInfos().get(0));
    }

    /** The operations' local names, sorted. */
    public Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        service.getInterface().getOperations().forEach(o -> operations.add(o.getName().getLocalPart()));
        return operations;
    }

    public String namespace() {
        return service.getName().getNamespaceURI();
    }

    public String wsdl() throws WSDLException {
        StringWriter out = new StringWriter();
        WSDLFactory.newInstance().newWSDLWriter().writeWSDL(new ServiceWSDLBuilder(bus, service).build(), out);
        return out.toString();
    }

    @Override
    public void close() {
        bus.shutdown(true);
    }
}
