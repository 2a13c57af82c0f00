package org.branchline.admin.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Follows the admin doors that subsystem bundles publish as services of any type: a JAX-RS resource carries
 * {@value #REST}{@code =true}, a JAX-WS implementor {@value #SOAP}{@code =/address} (under the SOAP path). A door
 * appears when its service registers and vanishes when it goes (the bundle stopped, its feature was removed or
 * lost its licence).
 */
final class PublishedDoors {
    static final String REST = "branchline.admin.rest";
    static final String SOAP = "branchline.admin.soap";
    private final ServiceTracker<Object, Object> rest;
    private final ServiceTracker<Object, Object> soap;

    PublishedDoors(BundleContext context, RestDoor restDoor, SoapDoors soapDoors) {
        rest = tracker(context, "(" + REST + "=true)", new Door(context) {
            @Override
            void publish(ServiceReference<Object> reference, Object door) {
                restDoor.publish(reference, door);
            }

            @Override
            void withdraw(ServiceReference<Object> reference) {
                restDoor.withdraw(reference);
            }
        });
        soap = tracker(context, "(" + SOAP + "=*)", new Door(context) {
            @Override
            void publish(ServiceReference<Object> reference, Object door) {
                soapDoors.publish(reference, String.valueOf(reference.getProperty(SOAP)), door);
            }

            @Override
            void withdraw(ServiceReference<Object> reference) {
                soapDoors.withdraw(reference);
            }
        });
    }

    void open() {
        rest.open(true);
        soap.open(true);
    }

    void close() {
        soap.close();
        rest.close();
    }

    private static ServiceTracker<Object, Object> tracker(BundleContext context, String filter, Door door) {
        try {
            return new ServiceTracker<>(context, FrameworkUtil.createFilter(filter), door);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
        }
    }

    /** Gets the door's service object while it is published, and ungets it once withdrawn. */
    private abstract static class Door implements ServiceTrackerCustomizer<Object, Object> {
        private final BundleContext context;

        Door(BundleContext context) {
            this.context = context;
        }

        abstract void publish(ServiceReference<Object> reference, Object door);

        abstract void withdraw(ServiceReference<Object> reference);

        @Override
        public Object addingService(ServiceReference<Object> reference) {
            Object door = context.getService(reference);
            if (door != null) {
                publish(reference, door);
            }
            return door;
        }

        @Override
        public void modifiedService(ServiceReference<Object> reference, Object door) {
            withdraw(reference);
            publish(reference, door);
        }

        @Override
        public void removedService(ServiceReference<Object> reference, Object door) {
            withdraw(reference);
            context.ungetService(reference);
        }
    }
}
