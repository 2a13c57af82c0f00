package org.branchline.itest;

import java.util.Set;
import java.util.TreeSet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/** The bundles that stopped or lost their wiring (a refresh does both) while this watch was open. */
final class Disturbances implements SynchronousBundleListener, AutoCloseable {
    private final BundleContext context;
    private final Set<String> stopped = new TreeSet<>();

    Disturbances(BundleContext context) {
        this.context = context;
        context.addBundleListener(this);
    }

    @Override
    public synchronized void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.STOPPING || event.getType() == BundleEvent.UNRESOLVED) {
            stopped.add(event.getBundle().getSymbolicName());
        }
    }

    /** Symbolic names of the bundles that stopped or were unresolved, in order of name. */
    synchronized Set<String> stopped() {
        return new TreeSet<>(stopped);
    }

    @Override
    public void close() {
        context.removeBundleListener(this);
    }
}
