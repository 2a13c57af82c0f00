package org.branchline.api.calls;

/**
 * Whiteboard: every service of this type hears every {@link CallEvent}. Events are delivered one at a time, in
 * order, on a thread of the call core's that no call waits for; a listener must still return quickly.
 */
@FunctionalInterface
public interface CallEventListener {
    void callEvent(CallEvent event);
}
