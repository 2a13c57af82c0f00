package org.branchline.voicemail.internal.notify;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(name = "Branchline voicemail alerts", description = "Servers > Email: the SMTP relay "
        + "voicemail notification and escalation alerts (admin guide §20) are sent through")
public @interface NotifyConfig {
    String PID = "org.branchline.voicemail.notify";

    @AttributeDefinition(description = "SMTP relay (smart host) that delivers alerts to mail and SMS gateways")
    String relayHost() default "localhost";

    @AttributeDefinition(min = "1", max = "65535", description = "587 for submission, 25 for a plain relay")
    int port() default 587;

    @AttributeDefinition(description = "Account on the relay; empty: send without AUTH")
    String username() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(description = "none: never encrypt; starttls: encrypt when the relay offers it; "
            + "required-starttls: refuse to send unless encrypted. Without encryption the password and the "
            + "alerts cross the network readable", options = {
                @Option(value = "none", label = "None"),
                @Option(value = "starttls", label = "STARTTLS when offered"),
                @Option(value = "required-starttls", label = "STARTTLS required")})
    String tls() default "starttls";

    @AttributeDefinition(description = "Accept any certificate from the relay, e.g. a small-office relay's "
            + "self-signed one. RISK: the connection is still encrypted but no longer authenticated, so "
            + "anyone able to intercept it can pose as the relay and read the password and the alerts. "
            + "Prefer adding the relay's certificate to the JVM trust store")
    boolean trustAllCertificates() default false;

    @AttributeDefinition(description = "Envelope sender and From: of alerts")
    String fromAddress() default "voicemail@localhost";

    @AttributeDefinition(description = "Name given in EHLO; empty: the server's host name")
    String heloName() default "";

    @AttributeDefinition(min = "1", description = "Connect and reply timeout")
    int timeoutSeconds() default 30;

    @AttributeDefinition(description = "Domain of the PBX's own mailboxes: a recipient entry naming a user "
            + "alerts user@domain")
    String mailDomain() default "localhost";
}
