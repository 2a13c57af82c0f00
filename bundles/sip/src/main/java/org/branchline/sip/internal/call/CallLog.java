package org.branchline.sip.internal.call;

import java.time.Instant;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.calls.CallEvent;
import org.branchline.api.calls.CallEvent.Kind;
import org.branchline.api.routing.Caller;

/** One call's story as call events: told as the call goes, ended once. */
final class CallLog {
    private final CallEvents events;
    private final String callId;
    private final String from;
    private final String fromName;
    private final String to;
    private boolean answered;
    private boolean ended;

    CallLog(CallEvents events, String callId, Caller caller, String to) {
        this(events, callId, caller, to, true);
    }

    /** {@code starts}: the call begins here (STARTED now, ENDED once); else a leg told inside a call that goes on. */
    CallLog(CallEvents events, String callId, Caller caller, String to, boolean starts) {
        this.events = events;
        this.callId = callId;
        this.from = caller.number();
        this.fromName = caller.name();
        this.to = to;
        this.ended = !starts;
        if (starts) {
            publish(Kind.STARTED, caller.userId(), null, null);
        }
    }

    /** A step of the route that rings nobody yet; empty steps tell nothing. */
    void route(String step) {
        if (step != null && !step.isEmpty()) {
            publish(Kind.ROUTED, null, step, null);
        }
    }

    void ringing(String station) {
        publish(Kind.RINGING, station, null, null);
    }

    void stoppedRinging(String station) {
        publish(Kind.STOPPED_RINGING, station, null, null);
    }

    void left(String station) {
        publish(Kind.LEFT, station, null, null);
    }

    /** {@code by} (a station or an application) answered; {@code step} says how the route got there, or null. */
    synchronized void answered(String by, String step) {
        answered = true;
        publish(Kind.ANSWERED, by, step, null);
    }

    synchronized boolean answered() {
        return answered;
    }

    void answered(String by) {
        answered(by, null);
    }

    void bridged(String party) {
        publish(Kind.BRIDGED, party, null, null);
    }

    void transferred(String to) {
        publish(Kind.TRANSFERRED, to, "transferred to " + to, null);
    }

    void parked(String orbit) {
        publish(Kind.PARKED, orbit, "parked in " + orbit, null);
    }

    /** The call is over; only the first end counts (the other side hanging up too tells nothing more). */
    synchronized void end(CallDisposition disposition) {
        if (ended) {
            return;
        }
        ended = true;
        publish(Kind.ENDED, null, null, answered ? CallDisposition.ANSWERED : disposition);
    }

    private synchronized void publish(Kind kind, String party, String step, CallDisposition disposition) {
        events.publish(new CallEvent(kind, callId, Instant.now(), from, fromName, to, party, step, disposition));
    }
}
