package org.branchline.sip.internal.call;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.branchline.api.calls.CallEvent;
import org.branchline.api.calls.CallEventListener;

/**
 * Hands every call event to the listeners on the whiteboard, in order, on one thread of its own: a call never
 * waits for a listener, and a listener that fails does not keep the others from hearing.
 */
public final class CallEvents {
    private static final Logger LOG = Logger.getLogger(CallEvents.class.getName());
    private final List<CallEventListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "branchline-call-events");
        t.setDaemon(true);
        return t;
    });

    public void add(CallEventListener listener) {
        listeners.add(listener);
    }

    public void remove(CallEventListener listener) {
        listeners.remove(listener);
    }

    void publish(CallEvent event) {
        if (!listeners.isEmpty()) {
            delivery.execute(() -> deliver(event));
        }
    }

    private void deliver(CallEvent event) {
        for (CallEventListener listener : listeners) {
            try {
                listener.callEvent(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a call event listener failed on " + event.kind() + " of " + event.callId(), e);
            }
        }
    }

    public void shutdown() {
        delivery.shutdown();
    }
}
