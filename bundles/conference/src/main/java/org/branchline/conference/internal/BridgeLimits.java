package org.branchline.conference.internal;

import java.util.function.Supplier;
import org.branchline.api.licensing.Capacity;
import org.branchline.api.licensing.Licenses;

/**
 * How many conferences may run at once and how many callers each seats, asked whenever a bridge opens: the
 * server model's conference bridges and seats (admin guide §1.3). Without licensing, no bridge opens.
 */
public interface BridgeLimits {
    int bridges();

    int seats();

    static BridgeLimits of(Supplier<Licenses> licenses) {
        return new BridgeLimits() {
            @Override
            public int bridges() {
                Licenses l = licenses.get();
                return l == null ? 0 : l.limit(Capacity.CONFERENCE_BRIDGES);
            }

            @Override
            public int seats() {
                Licenses l = licenses.get();
                return l == null ? 1 : Math.max(1, l.limit(Capacity.CONFERENCE_SEATS));
            }
        };
    }
}
