package org.branchline.api.routing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Destinations that ring in parallel (admin guide §18.1.2). */
@Schema(name = "ConnectionAttempt", description = "Destinations that ring together.",
        requiredProperties = {"destinations"})
public record ConnectionAttempt(
        @Schema(description = "The destinations rung together.") List<Destination> destinations) {
    public ConnectionAttempt {
        destinations = List.copyOf(destinations);
    }
}
