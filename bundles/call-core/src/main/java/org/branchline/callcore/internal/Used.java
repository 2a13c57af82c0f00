package org.branchline.callcore.internal;

import java.util.function.Supplier;
import org.osgi.service.component.ComponentServiceObjects;

/**
 * A service the core binds without getting it, and gets when it first uses it. Getting a service at bind time
 * would activate its component, which may itself be activating the core (the SIP core needs the core, a call
 * application needs it, routing binds the applications): Declarative Services drops a bind caught in such a
 * cycle. Its monitor guards the first get.
 */
final class Used<T> implements Supplier<T> {
    private final Object key;
    private final ComponentServiceObjects<T> objects;
    private T service;

    /** @param key what unbinding names it by (its service reference) */
    Used(Object key, ComponentServiceObjects<T> objects) {
        this.key = key;
        this.objects = objects;
    }

    /** A service at hand already, named by itself (tests). */
    static <T> Used<T> of(T service) {
        Used<T> used = new Used<>(service, null);
        used.service = service;
        return used;
    }

    boolean is(Object other) {
        return key.equals(other);
    }

    @Override
    public synchronized T get() {
        if (service == null) {
            service = objects.getService();
        }
        return service;
    }
}
