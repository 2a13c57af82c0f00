package org.branchline.sip.internal.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuthFailureThrottleTest {
    @Test
    void blocksAfterTheLimitWithinTheWindowForTheBlockTime() {
        AuthFailureThrottle t = new AuthFailureThrottle(3, 60, 300);
        t.failed("192.0.2.7", "attempt-1", 0);
        assertEquals(0, t.delayMillis("192.0.2.7"));
        t.failed("192.0.2.7", "attempt-2", 1_000);
        assertFalse(t.blocked("192.0.2.7", 1_000));
        assertEquals(1000, t.delayMillis("192.0.2.7"));
        assertEquals(0, t.delayMillis("192.0.2.8"));
        t.failed("192.0.2.7", "attempt-3", 2_000);
        assertTrue(t.blocked("192.0.2.7", 2_000));
        assertFalse(t.blocked("192.0.2.8", 2_000));
        assertTrue(t.blocked("192.0.2.7", 301_000));
        assertFalse(t.blocked("192.0.2.7", 302_001));
    }

    @Test
    void aRetransmittedAttemptIsNotCountedAgain() {
        AuthFailureThrottle t = new AuthFailureThrottle(2, 60, 300);
        t.failed("192.0.2.7", "z9hG4bK-1", 0);
        t.failed("192.0.2.7", "z9hG4bK-1", 500);
        assertFalse(t.blocked("192.0.2.7", 500));
        t.failed("192.0.2.7", "z9hG4bK-2", 1_000);
        assertTrue(t.blocked("192.0.2.7", 1_000));
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotBlock() {
        AuthFailureThrottle t = new AuthFailureThrottle(3, 60, 300);
        t.failed("192.0.2.7", "attempt-4", 0);
        t.failed("192.0.2.7", "attempt-5", 30_000);
        t.failed("192.0.2.7", "attempt-6", 61_000);
        assertFalse(t.blocked("192.0.2.7", 61_000));
    }
}
