package org.branchline.admin.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchline admin service", description = "REST and SOAP doors (etc/org.branchline.admin.cfg)")
public @interface AdminConfig {
    @AttributeDefinition(description = "Path of the REST service under the CXF servlet (/cxf)")
    String restAddress() default "/branchline/api";

    @AttributeDefinition(description = "Path of the SOAP service under the CXF servlet (/cxf)")
    String soapAddress() default "/branchline/soap";

    @AttributeDefinition(description = "Failed logins from one address before it is refused for a while")
    int maxLoginFailures() default 10;

    @AttributeDefinition(description = "Seconds an address is refused after too many failed logins")
    int loginBlockSeconds() default 60;
}
