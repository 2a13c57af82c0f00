package org.branchline.admin.internal.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses logins from a source address for a while after repeated failures: after {@code maxFailures}
 * failures in a row it is blocked for {@code blockMillis}; a good login clears its count.
 */
public final class LoginThrottle {
    private record Failures(int count, long blockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final long blockMillis;

    public LoginThrottle(int maxFailures, long blockMillis) {
        this.maxFailures = maxFailures;
        this.blockMillis = blockMillis;
    }

    public boolean blocked(String source) {
        Failures f = failures.get(source);
        return f != null && f.blockedUntil() > System.currentTimeMillis();
    }

    public void failed(String source) {
        failures.compute(source, (k, f) -> {
            int count = f == null || f.blockedUntil() != 0 && f.blockedUntil() <= System.currentTimeMillis()
                    ? 1 : f.count() + 1;
            return new Failures(count, count >= maxFailures ? System.currentTimeMillis() + blockMillis : 0);
        });
    }

    public void succeeded(String source) {
        failures.remove(source);
    }
}
