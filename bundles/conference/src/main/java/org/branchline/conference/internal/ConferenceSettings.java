package org.branchline.conference.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchline conference center",
        description = "Unscheduled conferences callers reach at 408 (user guide 2.3), and the bridges they use")
public @interface ConferenceSettings {
    String PID = "org.branchline.conference";

    @AttributeDefinition(name = "Unscheduled conferences", description = "Enabled conference IDs with their "
            + "passwords, as id=password separated by commas; an ID not listed is disabled")
    String conferences() default "480=480, 481=481, 482=482, 483=483";

    @AttributeDefinition(name = "Conference bridges", description = "Conferences active at once (6x, 6x12: 1; "
            + "24x, 48x: 4)")
    int bridges() default 4;

    @AttributeDefinition(name = "Seats per bridge", description = "Callers in one conference (48x: 30, others: 8)")
    int seats() default 8;
}
