package org.branchline.callcore.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrossedHangUpTest {
    private static final int ROUNDS = 300;
    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void bothPartiesHangingUpAtOnceEndTheBridgeOnce() throws Exception {
        for (int i = 0; i < ROUNDS; i++) {
            FakeLeg a = new FakeLeg("a" + i, Sdp.at(4000));
            FakeLeg b = new FakeLeg("b" + i, Sdp.at(4002));
            b.answer(Sdp.at("10.0.0.9", 9000));
            h.core.bridge(a, b);
            List<Throwable> failures = crossHangUps(a, b);

            assertEquals(List.of(), failures);
            assertEquals(1, a.endings.get());
            assertEquals(1, b.endings.get());
            assertTrue(a.hangUps.size() + b.hangUps.size() <= 1, "hung up by the core at most once");
            assertTrue(h.core.bridgeOf(a).isEmpty());
            assertTrue(h.core.bridgeOf(b).isEmpty());
        }
        List<String> events = h.events();
        for (int i = 0; i < ROUNDS; i++) {
            assertEquals(1, Collections.frequency(events, "BRIDGED b" + i));
        }
        assertEquals(2 * ROUNDS, events.size(), "each leg of its own call is told once");
    }

    private static List<Throwable> crossHangUps(FakeLeg a, FakeLeg b) throws InterruptedException {
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(2);
        List<Thread> threads = List.of(hangingUp(a, start, failures), hangingUp(b, start, failures));
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        return failures;
    }

    private static Thread hangingUp(FakeLeg leg, CyclicBarrier start, List<Throwable> failures) {
        return new Thread(() -> {
            try {
                start.await();
                leg.hangUpByParty();
            } catch (Exception | AssertionError e) {
                failures.add(e);
            }
        });
    }
}
