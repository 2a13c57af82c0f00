package org.branchline.admin.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.cxf.endpoint.Server;

/**
 * The SOAP endpoints the subsystems publish, each at its own address under the SOAP path ("/" for the path
 * itself, the directory's). An address already taken is refused with a log line. Guarded by this object's lock.
 */
final class SoapDoors {
    private static final Logger LOG = Logger.getLogger(SoapDoors.class.getName());
    private final BiFunction<String, Object, Server> create;
    private final Map<Object, Server> servers = new HashMap<>();
    private final Map<Object, String> addresses = new HashMap<>();

    SoapDoors(BiFunction<String, Object, Server> create) {
        this.create = create;
    }

    synchronized void publish(Object key, String address, Object implementor) {
        if (address == null || !address.matches("/([a-z0-9-]+)?") || addresses.containsValue(address)) {
            LOG.severe("Cannot publish the SOAP endpoint " + implementor.getClass().getName() + " at '" + address
                    + "': the address must be / or /name, and not one already published");
            return;
        }
        try {
            servers.put(key, create.apply(address.equals("/") ? "" : address, implementor));
            addresses.put(key, address);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot publish the SOAP endpoint " + implementor.getClass().getName(), e);
        }
    }

    synchronized void withdraw(Object key) {
        Server server = servers.remove(key);
        addresses.remove(key);
        if (server != null) {
            server.destroy();
        }
    }

    synchronized void close() {
        servers.values().forEach(Server::destroy);
        servers.clear();
        addresses.clear();
    }
}
