package org.branchline.routing.internal.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.ConnectionAttempt;
import org.branchline.api.routing.Destination;
import org.branchline.api.routing.RingAttempt;
import org.branchline.api.routing.RingPlan;
import org.branchline.api.routing.RingTarget;

/**
 * Makes a call route ready to run: each destination becomes the call appearances it rings. A user extension
 * rings every appearance its user owns; a forwarded appearance rings its forward's appearances instead; an
 * appearance in Do Not Disturb is left out; Follow-Me destinations wait for outside lines. An attempt left
 * with nothing to ring is skipped.
 */
public final class RingPlanner {
    private RingPlanner() {
    }

    /** Null for a null route (an On-Busy route that treats busy as no answer). */
    public static RingPlan plan(CallRoute route, RingSources sources) {
        if (route == null) {
            return null;
        }
        List<RingAttempt> attempts = route.attempts().stream().map(a -> attempt(a, sources))
                .filter(a -> !a.targets().isEmpty()).toList();
        return new RingPlan(attempts, route.finalAction());
    }

    /** The appearances the route's first attempt that rings anything rings, forwarding not followed. */
    public static List<String> firstTargets(CallRoute route, RingSources sources) {
        RingPlan plan = plan(route, sources.withoutForwarding());
        return plan.attempts().isEmpty() ? List.of()
                : plan.attempts().get(0).targets().stream().map(RingTarget::userId).toList();
    }

    static RingAttempt attempt(ConnectionAttempt attempt, RingSources sources) {
        Map<String, RingTarget> targets = new LinkedHashMap<>();
        for (Destination d : attempt.destinations()) {
            for (String userId : appearances(d, sources)) {
                ring(userId, d.rings(), sources, targets);
            }
        }
        return new RingAttempt(List.copyOf(targets.values()));
    }

    private static void ring(String userId, int rings, RingSources sources, Map<String, RingTarget> targets) {
        var forward = sources.forwardOf(userId);
        if (forward.isPresent()) {
            sources.forwardedTo(forward.get()).forEach(f -> targets.putIfAbsent(f, new RingTarget(f, rings)));
        } else if (!sources.doNotDisturb(userId)) {
            targets.putIfAbsent(userId, new RingTarget(userId, rings));
        }
    }

    private static List<String> appearances(Destination d, RingSources sources) {
        return switch (d.kind()) {
            case CALL_APPEARANCE -> List.of(d.target());
            case USER_EXTENSION -> sources.appearancesOf(d.target());
            case FOLLOW_ME -> List.of();
        };
    }
}
