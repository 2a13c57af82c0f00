package org.branchline.callcore.internal;

import java.util.concurrent.CompletionException;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.LegEndedException;
import org.branchline.api.callcontrol.LegEvent;

/** What the core's parts let go of when a leg ends (a park's wait, a music or mixing session). */
final class LegEnds {
    private LegEnds() {
    }

    /** Runs {@code action} once {@code leg} ended (at once when it had already). */
    static void then(Leg leg, Runnable action) {
        leg.listen((ended, event) -> {
            if (event instanceof LegEvent.Ended) {
                action.run();
            }
        });
    }

    /** The cause a connection's failure gives: the placed leg's end cause, else FAILED. */
    static EndCause causeOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof LegEndedException ended ? ended.endCause() : EndCause.FAILED;
    }
}
