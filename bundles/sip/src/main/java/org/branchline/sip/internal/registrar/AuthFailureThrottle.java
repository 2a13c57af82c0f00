package org.branchline.sip.internal.registrar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed digest answers per source address: from half the limit within the window on, answers to that
 * source are slowed down ({@link #delayMillis}); at the limit the source is blocked for a while (its requests
 * get no answer). A request without credentials is never a failure.
 */
public class AuthFailureThrottle {
    private final int limit;
    private final long windowMillis;
    private final long blockMillis;
    private final Map<String, Entry> sources = new ConcurrentHashMap<>();

    private static final class Entry {
        long windowStart;
        int failures;
        long blockedUntil;
        String lastAttempt;
    }

    public AuthFailureThrottle(int limit, int windowSeconds, int blockSeconds) {
        this.limit = limit;
        this.windowMillis = windowSeconds * 1000L;
        this.blockMillis = blockSeconds * 1000L;
    }

    public boolean blocked(String address, long now) {
        Entry e = sources.get(address);
        return e != null && e.blockedUntil > now;
    }

    /** How long to hold back the answer to a failed attempt from {@code address}: 0, or a second once suspect. */
    public long delayMillis(String address) {
        Entry e = sources.get(address);
        return e != null && e.failures * 2 >= limit ? 1000 : 0;
    }

    /** @param attempt what identifies the request (its Via branch), so a retransmission is not counted again */
    public void failed(String address, String attempt, long now) {
        Entry e = sources.computeIfAbsent(address, k -> new Entry());
        synchronized (e) {
            if (attempt != null && attempt.equals(e.lastAttempt)) {
                return;
            }
            e.lastAttempt = attempt;
            if (now - e.windowStart > windowMillis) {
                e.windowStart = now;
                e.failures = 0;
            }
            if (++e.failures >= limit) {
                e.blockedUntil = now + blockMillis;
                e.failures = 0;
            }
        }
    }

    public void sweep(long now) {
        sources.values().removeIf(e -> e.blockedUntil <= now && now - e.windowStart > windowMillis);
    }
}
