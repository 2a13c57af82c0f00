package org.branchline.api.routing;

import java.util.List;

/** Connection attempts tried in order, then the Finally route (admin guide §18.1). */
public record CallRoute(List<ConnectionAttempt> attempts, FinalAction finalAction) {
    public CallRoute {
        attempts = List.copyOf(attempts);
    }
}
