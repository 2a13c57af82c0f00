package org.branchline.admin.internal;

import java.util.function.Supplier;
import org.branchline.api.admin.FeatureNotInstalledException;

/**
 * A service of a feature that may be uninstalled while the admin doors run (the SIP core, call routing).
 * The doors ask for it on every call: while it is gone they answer 503 naming the feature, and everything
 * else (the directory) keeps working.
 */
public final class OptionalService<S> {
    private final Supplier<S> current;
    private final Supplier<FeatureNotInstalledException> missing;

    public OptionalService(Supplier<S> current, Supplier<FeatureNotInstalledException> missing) {
        this.current = current;
        this.missing = missing;
    }

    public S get() {
        S service = current.get();
        if (service == null) {
            throw missing.get();
        }
        return service;
    }
}
