package org.branchline.directory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.DialPlanMode;
import org.branchline.directory.internal.rules.DialPlanRules;
import org.junit.jupiter.api.Test;

class CachedDialPlanTest {
    private final AtomicReference<DialPlan> stored = new AtomicReference<>(DialPlanRules.defaults());
    private final AtomicInteger loads = new AtomicInteger();
    private final CachedDialPlan cached = new CachedDialPlan(() -> {
        loads.incrementAndGet();
        return stored.get();
    });

    @Test
    void readsTheDatabaseOnceUntilAChange() {
        DialPlan first = cached.get();
        assertSame(first, cached.get());
        assertEquals(1, loads.get());

        DialPlan extensionMode = DialPlanRules.defaults(DialPlanMode.EXTENSION);
        cached.change(() -> stored.getAndSet(extensionMode));
        assertSame(extensionMode, cached.get());
        assertEquals(2, loads.get());
    }

    @Test
    void aPlanReadWhileAChangeCommitsIsReadAgainNextTime() {
        DialPlan extensionMode = DialPlanRules.defaults(DialPlanMode.EXTENSION);
        cached.change(() -> {
            // a call reads the plan before the change's transaction is over: the old plan
            assertSame(stored.get(), cached.get());
            return stored.getAndSet(extensionMode);
        });
        assertSame(extensionMode, cached.get(), "the change is seen once committed");
    }

    @Test
    void aFailedChangeStillMakesTheNextReadGoToTheDatabase() {
        cached.get();
        try {
            cached.change(() -> {
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the transaction failed
        }
        cached.get();
        assertEquals(2, loads.get());
    }
}
