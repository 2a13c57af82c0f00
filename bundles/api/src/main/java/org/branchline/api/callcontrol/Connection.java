package org.branchline.api.callcontrol;

import java.util.concurrent.CompletionStage;

/**
 * A leg placed for another one ({@link CallControl#connect}): while it rings it can be cancelled, or taken over by
 * another leg that then gets the caller instead (call pickup).
 */
public interface Connection {
    /** The leg waiting for the answer. */
    Leg from();

    LegAddress to();

    /** Completes with the bridge once answered; fails with {@link LegEndedException} when nobody took the call. */
    CompletionStage<Bridge> bridged();

    /** True until it was answered, taken over or ended. */
    boolean ringing();

    /**
     * Stops the ringing and bridges {@code from()} to {@code other} instead; false when it is no longer ringing.
     * {@link #bridged()} then completes with that bridge.
     */
    boolean takeOver(Leg other);

    /** Stops the ringing; {@code from()} stays as it is. */
    void cancel();
}
