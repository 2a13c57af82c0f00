package org.branchline.admin.internal.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    @Test
    void blocksAnAddressAfterRepeatedFailuresOnly() {
        LoginThrottle throttle = new LoginThrottle(3, 60_000);
        throttle.failed("10.0.0.1");
        throttle.failed("10.0.0.1");
        assertFalse(throttle.blocked("10.0.0.1"));
        throttle.failed("10.0.0.1");
        assertTrue(throttle.blocked("10.0.0.1"));
        assertFalse(throttle.blocked("10.0.0.2"), "other addresses are not affected");
    }

    @Test
    void aGoodLoginClearsTheCount() {
        LoginThrottle throttle = new LoginThrottle(2, 60_000);
        throttle.failed("a");
        throttle.succeeded("a");
        throttle.failed("a");
        assertFalse(throttle.blocked("a"));
    }

    @Test
    void theBlockEnds() throws InterruptedException {
        LoginThrottle throttle = new LoginThrottle(1, 50);
        throttle.failed("a");
        assertTrue(throttle.blocked("a"));
        Thread.sleep(80);
        assertFalse(throttle.blocked("a"));
        throttle.failed("a");
        assertTrue(throttle.blocked("a"), "after the block one more failure blocks again");
    }
}
