package org.branchline.callcore.internal;

import java.util.Optional;
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
        return unwrapped(failure) instanceof LegEndedException ended ? ended.endCause() : EndCause.FAILED;
    }

    /** The extension whose voicemail a connection that ended {@link EndCause#VOICEMAIL} named, if it did. */
    static Optional<String> mailboxOf(Throwable failure) {
        return unwrapped(failure) instanceof LegEndedException ended ? ended.mailbox() : Optional.empty();
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
