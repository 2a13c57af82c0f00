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

/**
 * The one JAX-RS endpoint of the REST door, with the host's own resources and those the subsystems publish.
 * CXF fixes an endpoint's resources when it is created, so a resource that comes or goes re-creates the endpoint
 * at the same address; requests already running finish on the old one. Guarded by this object's lock.
 */
final class RestDoor {
    private static final Logger LOG = Logger.getLogger(RestDoor.class.getName());
    private final Function<List<Object>, Server> create;
    private final List<Object> own;
    private final Map<Object, Object> published = new LinkedHashMap<>();
    private Server server;

    RestDoor(Function<List<Object>, Server> create, List<Object> own) {
        this.create = create;
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
            republish();
        }
    }

    synchronized void withdraw(Object key) {
        if (published.remove(key) != null) {
            republish();
        }
    }

    synchronized void close() {
        if (server != null) {
            server.destroy();
            server = null;
        }
    }

    private void republish() {
        close();
        server = create.apply(resources());
    }

    private List<Object> resources() {
        List<Object> all = new ArrayList<>(own);
        published.values().stream().sorted(Comparator.comparing(r -> r.getClass().getName())).forEach(all::add);
        return all;
    }
}
