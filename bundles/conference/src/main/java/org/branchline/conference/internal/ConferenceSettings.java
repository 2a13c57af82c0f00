package org.branchline.conference.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchline conference center",
        description = "Unscheduled conferences callers reach at 408 (user guide 2.3); the number of bridges and "
                + "their seats come from the server model (etc/branchline-models.properties)")
public @interface ConferenceSettings {
    String PID = "org.branchline.conference";

    @AttributeDefinition(name = "Unscheduled conferences", description = "Enabled conference IDs with their "
            + "passwords, as id=password separated by commas; an ID not listed is disabled")
    String conferences() default "480=480, 481=481, 482=482, 483=483";
}
