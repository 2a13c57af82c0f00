package org.branchline.admin.internal;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.branchline.admin.internal.auth.LoginGate;
import org.branchline.admin.internal.auth.LoginThrottle;
import org.branchline.admin.internal.auth.RestAuthenticationFilter;
import org.branchline.admin.internal.auth.SoapAuthenticationInterceptor;
import org.branchline.admin.internal.auth.SubjectInvokers;
import org.branchline.admin.internal.rest.AdminExceptionMapper;
import org.branchline.admin.internal.rest.JsonErrorMapper;
import org.branchline.admin.internal.rest.OpenApiDocument;
import org.branchline.admin.internal.rest.SwaggerUi;
import org.branchline.admin.json.AdminJson;
import org.branchline.api.licensing.Licenses;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The admin host: publishes on the CXF servlet the REST and SOAP doors that the subsystem bundles publish
 * ({@link PublishedDoors}), with its own OpenAPI document of the REST door and Swagger UI.
 */
@Component(immediate = true, configurationPid = "org.branchline.admin")
@Designate(ocd = AdminConfig.class)
public class AdminEndpoints {
    private static final Logger LOG = Logger.getLogger(AdminEndpoints.class.getName());
    private final Bus bus;
    private final RestDoor rest;
    private final SoapDoors soap;
    private final PublishedDoors doors;

    /**
     * The doors open once licensing runs: until then every user, extension or handset added would be refused
     * for want of it (at boot, licensing starts after the directory).
     */
    @Reference
    private Licenses licenses;

    @Activate
    public AdminEndpoints(AdminConfig config, BundleContext context) {
        LoginGate gate = new LoginGate(
                new LoginThrottle(config.maxLoginFailures(), config.loginBlockSeconds() * 1000L));
        bus = inHostLoader(() -> BusFactory.newInstance().createBus());
        rest = new RestDoor(resources -> unstartedRest(config.restAddress(), gate, resources), List.of(new SwaggerUi(context)));
        rest.open();
        soap = new SoapDoors((address, implementor) -> soap(config.soapAddress() + address, gate, implementor));
        doors = new PublishedDoors(context, rest, soap);
        doors.open();
        LOG.info("Started admin service: REST /cxf" + config.restAddress() + ", SOAP /cxf" + config.soapAddress()
                + "/...");
    }

    private Server unstartedRest(String address, LoginGate gate, List<Object> resources) {
        return inHostLoader(() -> {
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress(address);
            List<Object> beans = new ArrayList<>(resources);
            beans.add(new OpenApiDocument(resources));
            factory.setServiceBeans(beans);
            factory.setProviders(List.of(new JacksonJsonProvider(AdminJson.mapper()), new AdminExceptionMapper(),
                    new JsonErrorMapper(), new RestAuthenticationFilter(gate)));
            factory.setInvoker(SubjectInvokers.rest());
            factory.setStart(false);
            return factory.create();
        });
    }

    private Server soap(String address, LoginGate gate, Object implementor) {
        return inHostLoader(() -> {
            JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress(address);
            factory.setServiceClass(implementor.getClass());
            factory.setServiceBean(implementor);
            factory.setInvoker(SubjectInvokers.soap(implementor));
            factory.getInInterceptors().add(new SoapAuthenticationInterceptor(gate));
            return factory.create();
        });
    }

    /** CXF finds its extensions through the context class loader: the host's, whoever publishes a door. */
    private <T> T inHostLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(AdminEndpoints.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Deactivate
    void deactivate() {
        doors.close();
        soap.close();
        rest.close();
        bus.shutdown(true);
        LOG.info("Stopped admin service");
    }
}
