package org.branchline.directory.internal;

import javax.persistence.EntityManager;

/** The directory's licensed capacities: users and extensions, counted in the transaction that adds one. */
final class LicensedCounts {
    private LicensedCounts() {
    }

    static int users(EntityManager em) {
        return em.createNamedQuery("User.count", Long.class).getSingleResult().intValue();
    }

    static int extensions(EntityManager em) {
        return em.createNamedQuery("Extension.count", Long.class).getSingleResult().intValue();
    }
}
