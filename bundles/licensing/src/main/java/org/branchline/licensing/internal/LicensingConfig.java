package org.branchline.licensing.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(name = "Branchline licensing", description = "The server model (admin guide §1.3) whose "
        + "capabilities apply, before feature keys (§3.3) raise them")
public @interface LicensingConfig {
    String PID = "org.branchline.licensing";

    @AttributeDefinition(description = "A model of the model table", options = {
        @Option(value = "6x12", label = "6x12"), @Option(value = "6x", label = "6x"),
        @Option(value = "24x", label = "24x"), @Option(value = "48x", label = "48x")})
    String model() default "48x";

    @AttributeDefinition(description = "The model table; relative paths are under Karaf's etc folder")
    String modelTable() default "branchline-models.properties";
}
