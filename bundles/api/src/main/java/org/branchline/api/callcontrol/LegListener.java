package org.branchline.api.callcontrol;

/** Hears the {@link LegEvent}s of a leg. Called on the provider's thread: do not block. */
@FunctionalInterface
public interface LegListener {
    void changed(Leg leg, LegEvent event);
}
