package org.branchline.voicemail.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchline voicemail",
        description = "The Message Center, mailboxes, and the mail server voicemail alerts are sent through")
public @interface VoicemailSettings {
    String PID = "org.branchline.voicemail";

    @AttributeDefinition(name = "Mailbox folder", description = "Where messages, greetings and names are kept; "
            + "empty: data/voicemail")
    String mailboxFolder() default "";
}
