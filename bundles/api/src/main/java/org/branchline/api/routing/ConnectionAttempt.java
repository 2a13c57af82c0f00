package org.branchline.api.routing;

import java.util.List;

/** Destinations that ring in parallel (admin guide §18.1.2). */
public record ConnectionAttempt(List<Destination> destinations) {
    public ConnectionAttempt {
        destinations = List.copyOf(destinations);
    }
}
