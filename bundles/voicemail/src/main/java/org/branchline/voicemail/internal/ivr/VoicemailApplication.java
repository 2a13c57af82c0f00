package org.branchline.voicemail.internal.ivr;

import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.callcontrol.CallApplication;

/** The Message Center (404, 6 + extension, the voicemail key) and call answering (Finally voicemail, 3 + extension). */
public final class VoicemailApplication implements CallApplication {
    public static final String MESSAGE_CENTER = "message-center";
    public static final String VOICEMAIL = "voicemail";
    private final PostOffice office;
    private final String version;

    public VoicemailApplication(PostOffice office, String version) {
        this.office = office;
        this.version = version;
    }

    @Override
    public void handle(ApplicationCall call) {
        if (MESSAGE_CENTER.equals(call.application())) {
            new MessageCenter(office, call).run();
        } else {
            new CallAnswering(office, call).run(call.extension());
        }
    }

    @Override
    public String version() {
        return version;
    }
}
