package org.branchline.api.routing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Connection attempts tried in order, then the Finally route (admin guide §18.1). */
@Schema(name = "CallRoute", description = "Connection attempts tried in order, then the Finally route.",
        requiredProperties = {"attempts", "final-action"})
public record CallRoute(
        @Schema(description = "The connection attempts, tried in order.") List<ConnectionAttempt> attempts,
        FinalAction finalAction) {
    public CallRoute {
        attempts = List.copyOf(attempts);
    }
}
