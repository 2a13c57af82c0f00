package org.branchline.sip.internal.call;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Parking orbits (admin guide §29): 701-709 and 4950-4999, the lowest free one is taken; a call left longer
 * than the timeout is sent on.
 */
final class ParkingLot {
    record Parked(String orbit, Side side, String parkedBy, ScheduledFuture<?> timeout) {
    }

    private static final String[] ORBITS = Stream.concat(IntStream.rangeClosed(701, 709).boxed(),
            IntStream.rangeClosed(4950, 4999).boxed()).map(String::valueOf).toArray(String[]::new);

    private final Map<String, Parked> orbits = new ConcurrentHashMap<>();
    private final CallEngine engine;

    ParkingLot(CallEngine engine) {
        this.engine = engine;
    }

    /** Parks {@code side}; the orbit, or empty when all 59 are taken. */
    synchronized Optional<String> park(Side side, String parkedBy, int timeoutSeconds) {
        for (String orbit : ORBITS) {
            if (!orbits.containsKey(orbit)) {
                ScheduledFuture<?> timeout = engine.timers().schedule(() -> timedOut(orbit), timeoutSeconds,
                        TimeUnit.SECONDS);
                orbits.put(orbit, new Parked(orbit, side, parkedBy, timeout));
                return Optional.of(orbit);
            }
        }
        return Optional.empty();
    }

    synchronized Optional<Parked> retrieve(String orbit) {
        Parked p = orbits.remove(orbit);
        if (p != null) {
            p.timeout().cancel(false);
        }
        return Optional.ofNullable(p);
    }

    /** Takes {@code side} out of its orbit (it hung up); true if it was parked. */
    synchronized boolean leave(Side side) {
        return orbits.values().removeIf(p -> {
            boolean match = p.side() == side;
            if (match) {
                p.timeout().cancel(false);
            }
            return match;
        });
    }

    private void timedOut(String orbit) {
        retrieve(orbit).ifPresent(engine::parkTimedOut);
    }
}
