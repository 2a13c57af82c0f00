package org.branchline.sip.internal.call;

import java.time.Instant;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.calls.CallRecord;

/** What the call detail record will say: filled in as the call goes, written once when it ends. */
final class CallLog {
    private final String callId;
    private final String from;
    private final String to;
    private final Instant started = Instant.now();
    private Instant answered;
    private String answeredBy;
    private final StringBuilder route = new StringBuilder();
    private boolean written;

    CallLog(String callId, String from, String to) {
        this.callId = callId;
        this.from = from;
        this.to = to;
    }

    synchronized void route(String step) {
        if (step != null && !step.isEmpty()) {
            route.append(route.length() == 0 ? "" : ": ").append(step);
        }
    }

    synchronized void answered(String by) {
        if (answered == null) {
            answered = Instant.now();
        }
        answeredBy = by;
    }

    synchronized boolean isAnswered() {
        return answered != null;
    }

    /** The record, once: later calls (the other side hanging up too) give null. */
    synchronized CallRecord end(CallDisposition disposition) {
        if (written) {
            return null;
        }
        written = true;
        return new CallRecord(0, callId, started, answered, Instant.now(), from, to, answeredBy,
                answered != null ? CallDisposition.ANSWERED : disposition, route.toString());
    }
}
