package org.branchline.admin.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import org.apache.cxf.endpoint.Endpoint;
import org.apache.cxf.jaxrs.impl.MetadataMap;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.jaxrs.utils.ResourceUtils;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.branchline.callrecords.internal.rest.CallRecordsResource;
import org.branchline.directory.internal.rest.DialPlanResource;
import org.branchline.directory.internal.rest.ExtensionsResource;
import org.branchline.directory.internal.rest.TemplatesResource;
import org.branchline.directory.internal.rest.UsersResource;
import org.branchline.network.internal.rest.NetworkResource;
import org.branchline.routing.internal.rest.CallParkResource;
import org.branchline.routing.internal.rest.CallRoutesResource;
import org.branchline.routing.internal.rest.SpeedDialsResource;
import org.branchline.sip.internal.rest.HandsetsResource;
import org.branchline.sip.internal.rest.RegistrationsResource;
import org.junit.jupiter.api.Test;

/**
 * CXF picks the resource method a request means, with the directory's resources beside the phone system's
 * ({@code v1/extensions/{number}/routes} next to {@code v1/extensions}, {@code v1} of the users).
 */
class ResourceMatchingTest {
    private static final List<ClassResourceInfo> RESOURCES = Stream.of(UsersResource.class, TemplatesResource.class,
            ExtensionsResource.class, DialPlanResource.class, NetworkResource.class, OpenApiDocument.class,
            HandsetsResource.class, RegistrationsResource.class, CallRecordsResource.class, CallRoutesResource.class,
            SpeedDialsResource.class, CallParkResource.class)
            .map(c -> ResourceUtils.createClassResourceInfo(c, c, true, true)).toList();

    @Test
    void everyPhoneSystemPathReachesItsMethod() {
        assertMatch("GET", "/v1/extensions/101", "ExtensionsResource.get");
        assertMatch("GET", "/v1/extensions/101/routes", "CallRoutesResource.get");
        assertMatch("PUT", "/v1/extensions/101/routes", "CallRoutesResource.set");
        assertMatch("DELETE", "/v1/extensions/101/routes", "CallRoutesResource.reset");
        assertMatch("PUT", "/v1/extensions/101/routes/caller-id", "CallRoutesResource.putCallerId");
        assertMatch("DELETE", "/v1/extensions/101/routes/caller-id", "CallRoutesResource.removeCallerId");
        assertMatch("GET", "/v1/handsets", "HandsetsResource.list");
        assertMatch("POST", "/v1/handsets", "HandsetsResource.create");
        assertMatch("PUT", "/v1/handsets/alice-phone", "HandsetsResource.update");
        assertMatch("PUT", "/v1/handsets/alice-phone/lines/2", "HandsetsResource.assign");
        assertMatch("DELETE", "/v1/handsets/alice-phone", "HandsetsResource.delete");
        assertMatch("GET", "/v1/registrations", "RegistrationsResource.list");
        assertMatch("PUT", "/v1/speed-dials/*250", "SpeedDialsResource.put");
        assertMatch("GET", "/v1/call-park", "CallParkResource.get");
        assertMatch("GET", "/v1/calls", "CallRecordsResource.list");
        assertMatch("GET", "/v1/users/alice", "UsersResource.get");
    }

    private static void assertMatch(String httpMethod, String path, String expected) {
        Message message = new MessageImpl();
        message.setExchange(new ExchangeImpl());
        message.getExchange().put(Endpoint.class, (Endpoint) Proxy.newProxyInstance(Endpoint.class.getClassLoader(),
                new Class<?>[] {Endpoint.class}, (proxy, method, args) -> null)); // no endpoint settings
        Map<ClassResourceInfo, MultivaluedMap<String, String>> matched =
                JAXRSUtils.selectResourceClass(RESOURCES, path, message);
        assertNotNull(matched, path + " matches no resource");
        OperationResourceInfo operation = JAXRSUtils.findTargetMethod(matched, message, httpMethod,
                new MetadataMap<>(), MediaType.APPLICATION_JSON, List.of(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(expected, operation.getClassResourceInfo().getServiceClass().getSimpleName() + "."
                + operation.getMethodToInvoke().getName(), httpMethod + " " + path);
    }
}
