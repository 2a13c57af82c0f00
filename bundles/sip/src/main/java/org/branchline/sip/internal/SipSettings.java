package org.branchline.sip.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchline SIP core", description = "Servers > VoIP: SIP listening points, "
        + "registration, digest authentication and its failure throttle")
public @interface SipSettings {
    String PID = "org.branchline.sip";

    @AttributeDefinition(description = "Address phones reach the server at; empty: the first non-loopback IPv4")
    String address() default "";

    @AttributeDefinition(min = "1", max = "65535")
    int udpPort() default 5060;

    @AttributeDefinition(min = "1", max = "65535")
    int tcpPort() default 5060;

    @AttributeDefinition(description = "Digest realm; changing it requires setting handset passwords again")
    String realm() default "branchline";

    @AttributeDefinition(description = "Digest algorithms challenges offer, in order of preference: MD5, "
            + "SHA-256 (RFC 8760) or both; some phones give up on a challenge that lists one they do not know")
    String digestAlgorithms() default "MD5";

    int minExpires() default 60;

    int maxExpires() default 3600;

    int defaultExpires() default 3600;

    @AttributeDefinition(description = "Failed authentications from one source before it is blocked")
    int authFailureLimit() default 10;

    int authFailureWindowSeconds() default 60;

    int authBlockSeconds() default 300;

    @AttributeDefinition(description = "Force Remote Phone audio through server (admin guide §17.1)")
    boolean forceRemoteAudioThroughServer() default true;

    @AttributeDefinition(description = "Relay the media of every call, not only of remote phones")
    boolean relayAllCalls() default false;

    int relayPortMin() default 17000;

    int relayPortMax() default 17999;

    @AttributeDefinition(min = "0", max = "99", description = "SCHED_FIFO priority (1-99) of the media relay "
            + "thread (set with chrt, needs root); 0: the default policy, under which a busy machine delays packets")
    int relayPriority() default 10;
}
