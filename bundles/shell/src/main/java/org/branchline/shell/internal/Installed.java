package org.branchline.shell.internal;

import java.util.function.Supplier;
import org.branchline.api.admin.FeatureNotInstalledException;

/**
 * The services of features that may be uninstalled. Their commands take them with
 * {@code @Reference(optional = true)}, so they stay registered, and say what is missing instead of failing.
 */
final class Installed {
    private Installed() {
    }

    /** A service of the SIP core (bundles/sip): handsets, registrations, call records. */
    static <S> S sipCore(S service) {
        return present(service, FeatureNotInstalledException::sipCore);
    }

    /** A service of call routing (bundles/routing): call routes, speed dials, call park. */
    static <S> S routing(S service) {
        return present(service, FeatureNotInstalledException::callRouting);
    }


    private static <S> S present(S service, Supplier<FeatureNotInstalledException> missing) {
        if (service == null) {
            throw missing.get();
        }
        return service;
    }
}
