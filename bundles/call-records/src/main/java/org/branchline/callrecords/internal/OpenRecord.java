package org.branchline.callrecords.internal;

import java.time.Instant;
import org.branchline.api.calls.CallEvent;
import org.branchline.api.calls.CallRecord;

/**
 * The record of a call still going, filled in from its events: the first answer gives the answer time, the last
 * one who answered (after a transfer, a pickup, a retrieve) is the one who took the call; the steps make the route.
 */
final class OpenRecord {
    static final int ROUTE_LENGTH = 256;

    private final String callId;
    private final String from;
    private final String to;
    private final Instant started;
    private Instant answered;
    private String answeredBy;
    private final StringBuilder route = new StringBuilder();

    /** From the first event heard of the call: STARTED, or a later one when the listener came in mid-call. */
    OpenRecord(CallEvent first) {
        this.callId = first.callId();
        this.from = first.from();
        this.to = first.to();
        this.started = first.at();
    }

    Instant started() {
        return started;
    }

    void add(CallEvent event) {
        String step = event.step();
        if (step != null && !step.isEmpty()) {
            route.append(route.length() == 0 ? "" : ": ").append(step);
        }
        if (event.kind() == CallEvent.Kind.ANSWERED) {
            answered = answered == null ? event.at() : answered;
            answeredBy = event.party();
        }
    }

    /** The record as it ends with {@code end} (an ENDED event). */
    CallRecord close(CallEvent end) {
        String path = route.length() > ROUTE_LENGTH ? route.substring(0, ROUTE_LENGTH) : route.toString();
        return new CallRecord(0, callId, started, answered, end.at(), from, to, answeredBy, end.disposition(), path);
    }
}
