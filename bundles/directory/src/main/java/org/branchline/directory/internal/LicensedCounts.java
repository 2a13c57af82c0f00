package org.branchline.directory.internal;

import javax.persistence.EntityManager;
import org.branchline.api.admin.FeatureNotInstalledException;
import org.branchline.api.licensing.Capacity;
import org.branchline.api.licensing.Licenses;

/** The directory's licensed capacities: users and extensions, counted in the transaction that adds one. */
final class LicensedCounts {
    private LicensedCounts() {
    }

    static long users(EntityManager em) {
        return em.createNamedQuery("User.count", Long.class).getSingleResult();
    }

    static long extensions(EntityManager em) {
        return em.createNamedQuery("Extension.count", Long.class).getSingleResult();
    }

    /** Refuses one more when the licensed number is reached, or when licensing is not running. */
    static void requireRoom(Licenses licenses, Capacity capacity, long used) {
        if (licenses == null) {
            throw FeatureNotInstalledException.licensing();
        }
        licenses.requireRoomFor(capacity, (int) Math.min(used, Integer.MAX_VALUE));
    }
}
