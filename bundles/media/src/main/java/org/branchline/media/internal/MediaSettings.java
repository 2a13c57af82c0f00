package org.branchline.media.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchline media engine",
        description = "RTP endpoints for call applications: prompts, recording, music on hold, mixing")
public @interface MediaSettings {
    String PID = "org.branchline.media";

    @AttributeDefinition(name = "Address", description = "Address the RTP ports bind to and announce in SDP; "
            + "empty: the SIP server's address")
    String address() default "";

    @AttributeDefinition(name = "Lowest RTP port", description = "Even; RTCP uses the port above each RTP port")
    int portMinimum() default 16000;

    @AttributeDefinition(name = "Highest RTP port")
    int portMaximum() default 16999;

    @AttributeDefinition(name = "Jitter buffer (ms)", description = "Audio held back to put late packets in order")
    int jitterBufferMillis() default 60;

    @AttributeDefinition(name = "Media clock real-time priority", min = "0", max = "99",
            description = "SCHED_FIFO priority of the thread that sends every session's packets (needs root, "
                    + "set with chrt); 0 leaves it under the default policy, where a busy machine delays packets")
    int clockPriority() default 10;

    @AttributeDefinition(name = "Music on hold directory", description = "moh_n_m.snd files (raw 8 kHz µ-law); "
            + "empty: data/moh")
    String musicDirectory() default "";

    @AttributeDefinition(name = "Prompt language", description = "Language of the prompt set, e.g. en")
    String language() default "en";
}
