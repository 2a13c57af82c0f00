package org.branchline.update.internal;

import org.branchline.api.security.Permission;

/** Software updates' admin operations; who holds them is etc/org.branchline.roles-update.cfg. */
final class UpdatePermissions {
    static final Permission SOFTWARE_MANAGE = new Permission("update.software.manage", "Maintenance > Update");

    private UpdatePermissions() {
    }
}
