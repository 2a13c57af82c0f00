package org.branchline.licensing.internal;

import org.branchline.api.security.Permission;

/** Licensing's admin operations; who holds them is etc/org.branchline.roles-licensing.cfg. */
final class LicensingPermissions {
    static final Permission FEATURE_KEYS_MANAGE = new Permission("licensing.feature-keys.manage",
            "Maintenance > Feature Keys: Install, Submit");

    private LicensingPermissions() {
    }
}
