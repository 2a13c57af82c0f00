package org.branchline.sip.internal.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NotInstalledStatusTest {
    @Test
    void voicemailAndTheConferenceCenterGiveABusySignalOthersAreUnavailable() {
        assertEquals(486, ApplicationCalls.notInstalledStatus("voicemail"));
        assertEquals(486, ApplicationCalls.notInstalledStatus("conference-center"));
        assertEquals(480, ApplicationCalls.notInstalledStatus("message-center"));
    }
}
