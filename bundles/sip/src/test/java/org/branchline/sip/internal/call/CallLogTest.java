package org.branchline.sip.internal.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.calls.CallEvent;
import org.branchline.api.calls.CallEvent.Kind;
import org.branchline.api.routing.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallLogTest {
    private static final Caller ALICE = new Caller("5100", "alice", "201", "Alice", true);
    private final CallEvents events = new CallEvents();
    private final LinkedBlockingQueue<CallEvent> heard = new LinkedBlockingQueue<>();

    CallLogTest() {
        events.add(heard::add);
        events.add(e -> {
            throw new IllegalStateException("a listener that fails keeps nobody else from hearing");
        });
    }

    @AfterEach
    void stop() {
        events.shutdown();
    }

    @Test
    void aCallTellsItsStepsInOrderAndEndsOnce() throws InterruptedException {
        CallLog log = new CallLog(events, "call-1", ALICE, "101");
        log.route("101 In Office");
        log.route("");
        log.ringing("5105");
        log.answered("5105", "attempt 1");
        log.bridged("5105");
        log.transferred("102");
        log.end(CallDisposition.NO_ANSWER);
        log.end(CallDisposition.ANSWERED);

        List<CallEvent> story = next(7);
        assertEquals(List.of(Kind.STARTED, Kind.ROUTED, Kind.RINGING, Kind.ANSWERED, Kind.BRIDGED, Kind.TRANSFERRED,
                Kind.ENDED), story.stream().map(CallEvent::kind).toList());
        assertEquals("5105", story.get(3).party());
        assertEquals("attempt 1", story.get(3).step());
        assertEquals("transferred to 102", story.get(5).step());
        CallEvent end = story.get(6);
        assertEquals(CallDisposition.ANSWERED, end.disposition(), "an answered call ends ANSWERED, whatever ends it");
        assertEquals(List.of("call-1", "201", "Alice", "101"), List.of(end.callId(), end.from(), end.fromName(), end.to()));
        assertEquals("5100", story.get(0).party(), "the call starts from the caller's station");
        assertEquals(null, heard.poll(200, TimeUnit.MILLISECONDS), "a second end tells nothing");
    }

    @Test
    void anUnansweredCallEndsWithItsOwnDisposition() throws InterruptedException {
        CallLog log = new CallLog(events, "call-2", ALICE, "101");
        log.parked("701");
        log.end(CallDisposition.NO_ANSWER);
        List<CallEvent> story = next(3);
        assertEquals("parked in 701", story.get(1).step());
        assertEquals(CallDisposition.NO_ANSWER, story.get(2).disposition());
    }

    private List<CallEvent> next(int count) throws InterruptedException {
        List<CallEvent> out = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            CallEvent e = heard.poll(5, TimeUnit.SECONDS);
            assertEquals(true, e != null, "only " + out + " heard");
            out.add(e);
        }
        return out;
    }
}
