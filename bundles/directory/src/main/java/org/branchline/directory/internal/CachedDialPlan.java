package org.branchline.directory.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.branchline.api.directory.DialPlan;

/**
 * The dial plan as last read, for the reads of every call: read again only after a change has been committed.
 * A change bumps the version once its transaction is over, so a plan read while a change was being committed is
 * kept under the old version and read again at the next call.
 */
final class CachedDialPlan {
    private record Read(DialPlan plan, long version) {
    }

    private final AtomicLong version = new AtomicLong();
    private final Supplier<DialPlan> load;
    private volatile Read last;

    CachedDialPlan(Supplier<DialPlan> load) {
        this.load = load;
    }

    DialPlan get() {
        long now = version.get();
        Read read = last;
        if (read != null && read.version() == now) {
            return read.plan();
        }
        DialPlan plan = load.get();
        last = new Read(plan, now);
        return plan;
    }

    /** Runs a change of the dial plan (its transaction included); later reads see its outcome. */
    <T> T change(Supplier<T> work) {
        try {
            return work.get();
        } finally {
            version.incrementAndGet();
        }
    }
}
