package org.branchline.shell.internal;

/**
 * The services of features that may be uninstalled. Their commands take them with
 * {@code @Reference(optional = true)}, so they stay registered, and say what is missing instead of failing.
 */
final class Installed {
    private Installed() {
    }

    /** A service of the SIP core (bundles/sip): handsets, registrations, call records. */
    static <S> S sipCore(S service) {
        return present(service, "the SIP core is not installed (feature branchline-sip)");
    }

    /** A service of call routing (bundles/routing): call routes, speed dials, call park. */
    static <S> S routing(S service) {
        return present(service, "call routing is not installed (feature branchline-routing)");
    }

    private static <S> S present(S service, String missing) {
        if (service == null) {
            throw new IllegalStateException(missing);
        }
        return service;
    }
}
