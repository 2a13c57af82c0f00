package org.branchline.routing.internal;

import java.util.EnumSet;
import java.util.Set;
import org.branchline.api.admin.PermissionDeniedException;
import org.branchline.api.security.AccessControl;
import org.branchline.api.security.AdminCaller;
import org.branchline.api.security.Permission;
import org.branchline.api.security.Role;

/** A logged-in admin holding exactly the permissions granted. */
class FakeAccessControl implements AccessControl {
    final Set<Permission> granted = EnumSet.allOf(Permission.class);

    @Override
    public AdminCaller caller() {
        return new AdminCaller("admin", Set.of(Role.PHONE_ADMINISTRATOR), false);
    }

    @Override
    public AdminCaller require(Permission permission) {
        if (!granted.contains(permission)) {
            throw new PermissionDeniedException("needs " + permission);
        }
        return caller();
    }
}
