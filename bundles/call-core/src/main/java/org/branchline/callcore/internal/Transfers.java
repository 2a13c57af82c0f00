package org.branchline.callcore.internal;

import java.time.Duration;
import java.util.Optional;
import org.branchline.api.callcontrol.Bridge;
import org.branchline.api.callcontrol.CallControl;
import org.branchline.api.callcontrol.Connection;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.LegAddress;
import org.branchline.api.routing.Caller;

/** Blind and attended transfer, made of the core's own bridge and connect. */
final class Transfers {
    private final CallControl core;
    private final Routes routes;

    Transfers(CallControl core, Routes routes) {
        this.core = core;
        this.routes = routes;
    }

    /** The transferor's other leg rings {@code to}; when nobody takes it, it is hung up for the same cause. */
    Optional<Connection> blind(Leg transferor, LegAddress to, Duration ringTimeout) {
        Optional<Bridge> bridge = core.bridgeOf(transferor);
        if (bridge.isEmpty()) {
            return Optional.empty();
        }
        Leg transferee = bridge.get().other(transferor);
        Exchange.media(transferee); // fails before anything changes
        core.unbridge(bridge.get());
        CallSteps.transferred(transferee, to.target());
        transferor.hangUp(EndCause.NORMAL);
        Connection connection = core.connect(transferee, to, transferee.party(), ringTimeout, false);
        connection.bridged().whenComplete((joined, failure) -> {
            if (failure != null) {
                giveUp(transferee, failure);
            }
        });
        return Optional.of(connection);
    }

    /** The transferor's other leg goes where {@code dialed} leads, the transferor named as who sent it there. */
    boolean toDialed(Leg transferor, String dialed) {
        Optional<Bridge> bridge = core.bridgeOf(transferor);
        if (bridge.isEmpty()) {
            return false;
        }
        Leg transferee = bridge.get().other(transferor);
        Exchange.media(transferee); // fails before anything changes
        core.unbridge(bridge.get());
        CallSteps.transferred(transferee, dialed);
        Caller by = transferor.asCaller();
        transferor.hangUp(EndCause.NORMAL);
        routes.route(transferee, dialed, by);
        return true;
    }

    private static void giveUp(Leg transferee, Throwable failure) {
        if (transferee.state() != Leg.State.ENDED) {
            transferee.hangUp(LegEnds.causeOf(failure));
        }
    }

    /** The legs the two transferor legs talk to are joined, and the transferor legs hung up. */
    boolean attended(Leg transferor, Leg consulted) {
        Optional<Bridge> first = core.bridgeOf(transferor);
        Optional<Bridge> second = core.bridgeOf(consulted);
        if (first.isEmpty() || second.isEmpty() || first.get() == second.get()) {
            return false;
        }
        Leg transferee = first.get().other(transferor);
        Leg target = second.get().other(consulted);
        core.unbridge(first.get());
        core.unbridge(second.get());
        CallSteps.transferred(transferee, target.party() == null ? null : target.party().number());
        core.bridge(transferee, target);
        transferor.hangUp(EndCause.NORMAL);
        consulted.hangUp(EndCause.NORMAL);
        return true;
    }
}
