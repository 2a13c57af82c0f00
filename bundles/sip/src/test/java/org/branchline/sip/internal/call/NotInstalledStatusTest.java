package org.branchline.sip.internal.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.branchline.api.routing.WhileAbsent;
import org.junit.jupiter.api.Test;

class NotInstalledStatusTest {
    @Test
    void busyIsABusySignalUnavailableIsTemporarilyUnavailable() {
        assertEquals(486, ApplicationCalls.notInstalledStatus(WhileAbsent.BUSY));
        assertEquals(480, ApplicationCalls.notInstalledStatus(WhileAbsent.UNAVAILABLE));
    }
}
