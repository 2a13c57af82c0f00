package org.branchline.api.routing;

import java.util.List;

/** A call route made ready to run: attempts in order, then the Finally action. */
public record RingPlan(List<RingAttempt> attempts, FinalAction finalAction) {
    public RingPlan {
        attempts = List.copyOf(attempts);
    }
}
