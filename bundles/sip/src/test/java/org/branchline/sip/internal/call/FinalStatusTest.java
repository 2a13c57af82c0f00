package org.branchline.sip.internal.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.branchline.api.callcontrol.EndCause;
import org.junit.jupiter.api.Test;

class FinalStatusTest {
    @Test
    void anApplicationAnsweringBusyIsABusySignalOneUnreachableIsTemporarilyUnavailable() {
        assertEquals(486, NewCall.finalStatus(EndCause.BUSY));
        assertEquals(480, NewCall.finalStatus(EndCause.UNREACHABLE));
    }

    @Test
    void aNumberReachingNothingIsNotFoundACancelTerminatesAFailureIsUnavailable() {
        assertEquals(404, NewCall.finalStatus(EndCause.REJECTED));
        assertEquals(487, NewCall.finalStatus(EndCause.CANCELLED));
        assertEquals(503, NewCall.finalStatus(EndCause.FAILED));
    }
}
