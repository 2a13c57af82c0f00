package org.branchline.itest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.features.BootFinished;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for bundles and services of the container under test; the trackers stay open until close(). */
final class Services implements AutoCloseable {
    static final long STARTUP_TIMEOUT_MS = 180_000;
    private final BundleContext context;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    private Services(BundleContext context) {
        this.context = context;
    }

    /**
     * Once Karaf has installed its boot features: before that a bundle update or a feature install can find the
     * framework's resolver locked by the boot deployment ("Unable to acquire global lock for resolve").
     */
    static Services afterBoot(BundleContext context) throws InterruptedException {
        Services services = new Services(context);
        services.waitFor(BootFinished.class);
        return services;
    }

    Bundle waitForActive(String symbolicName) throws InterruptedException {
        long deadline = System.currentTimeMillis() + STARTUP_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            for (Bundle bundle : context.getBundles()) {
                if (symbolicName.equals(bundle.getSymbolicName()) && bundle.getState() == Bundle.ACTIVE) {
                    return bundle;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("bundle " + symbolicName + " not active after " + STARTUP_TIMEOUT_MS + " ms");
    }

    /**
     * The service, kept in use (tracked) until close() so that DS does not deactivate it meanwhile. The object
     * returned finds the service at each call: in the test container Karaf's features service is registered
     * anew just after boot, and components that hold it (licensing, updates) start over with it.
     */
    <T> T waitFor(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        T service = current(tracker, type);
        if (!type.isInterface()) {
            return service;
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    try {
                        return method.invoke(current(tracker, type), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    private static <T> T current(ServiceTracker<T, T> tracker, Class<T> type) throws InterruptedException {
        T service = tracker.waitForService(STARTUP_TIMEOUT_MS);
        if (service == null) {
            throw new AssertionError(type.getName() + " not available after " + STARTUP_TIMEOUT_MS + " ms");
        }
        return service;
    }

    /** The service.id the service is registered under right now, or -1. */
    long serviceId(Class<?> type) {
        var ref = context.getServiceReference(type);
        return ref == null ? -1 : (Long) ref.getProperty("service.id");
    }

    @Override
    public void close() {
        trackers.forEach(ServiceTracker::close);
        trackers.clear();
    }
}
