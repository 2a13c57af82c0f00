package org.branchline.api.routing;

import java.util.List;

/** A connection attempt with its destinations expanded to call appearances (DND ones left out). */
public record RingAttempt(List<RingTarget> targets) {
    public RingAttempt {
        targets = List.copyOf(targets);
    }
}
