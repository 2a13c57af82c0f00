package org.branchline.sip.internal.call;

import org.branchline.api.calls.CallRecord;

/** Where the call engine leaves a call detail record when a call ends (written in the background). */
public interface CallRecorder {
    void record(CallRecord record);
}
