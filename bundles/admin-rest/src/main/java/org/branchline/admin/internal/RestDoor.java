package org.branchline.admin.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.endpoint.ServerImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.Destination;
import org.apache.cxf.transport.MessageObserver;

/**
 * The one JAX-RS endpoint of the REST door, with the host's own resources and those the subsystems publish.
 * CXF fixes an endpoint's resources when it is created, so a resource that comes or goes builds a new endpoint.
 * The door owns the HTTP destination at its address and hands each request to the current endpoint; each
 * endpoint is started on a {@link DetachedDestination} of its own, so switching to a new one is a single write:
 * every request is served by the old endpoint or the new one, never by none, and requests already running on
 * the old one finish. The lock of this object guards the endpoint's changes; requests only read {@link #current}.
 */
final class RestDoor {
    private static final Logger LOG = Logger.getLogger(RestDoor.class.getName());
    private final Function<List<Object>, Server> createUnstarted;
    private final List<Object> own;
    private final Map<Object, Object> published = new LinkedHashMap<>();
    private final MessageObserver dispatch = this::dispatch;
    private volatile MessageObserver current;
    private Destination live;
    private Server server;

    RestDoor(Function<List<Object>, Server> createUnstarted, List<Object> own) {
        this.createUnstarted = createUnstarted;
        this.own = List.copyOf(own);
    }

    synchronized void open() {
        republish();
    }

    /** Adds a subsystem's resource under its key (its service reference); refused resources are logged. */
    synchronized void publish(Object key, Object resource) {
        published.put(key, resource);
        try {
            republish();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot publish the REST resource " + resource.getClass().getName(), e);
            published.remove(key);
        }
    }

    synchronized void withdraw(Object key) {
        if (published.remove(key) != null) {
            republish();
        }
    }

    synchronized void close() {
        if (live != null) {
            live.setMessageObserver(null);
            live.shutdown();
            live = null;
        }
        if (server != null) {
            server.destroy();
            server = null;
        }
    }

    private void republish() {
        Server next = createUnstarted.apply(resources());
        Destination shared = next.getDestination();
        DetachedDestination detached = new DetachedDestination(shared.getAddress());
        ((ServerImpl) next).setDestination(detached);
        next.start();
        current = detached.getMessageObserver();
        if (live == null) {
            live = shared;
            live.setMessageObserver(dispatch);
        }
        if (server != null) {
            server.destroy();
        }
        server = next;
    }

    private void dispatch(Message message) {
        current.onMessage(message);
    }

    private List<Object> resources() {
        List<Object> all = new ArrayList<>(own);
        published.values().stream().sorted(Comparator.comparing(r -> r.getClass().getName())).forEach(all::add);
        return all;
    }
}
