package org.branchline.routing.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.branchline.api.admin.PermissionDeniedException;
import org.branchline.api.security.AccessControl;
import org.branchline.api.security.AdminCaller;
import org.branchline.api.security.Permission;
import org.branchline.api.security.Role;

/** A logged-in admin holding exactly the permissions granted: at first every one routing declares. */
class FakeAccessControl implements AccessControl {
    final Set<Permission> granted = new HashSet<>(List.of(RoutingPermissions.CALL_ROUTES_VIEW,
            RoutingPermissions.CALL_ROUTES_MODIFY, RoutingPermissions.SPEED_DIALS_VIEW,
            RoutingPermissions.SPEED_DIALS_MODIFY, RoutingPermissions.CALL_PARK_VIEW,
            RoutingPermissions.CALL_PARK_MODIFY));

    @Override
    public AdminCaller caller() {
        return new AdminCaller("admin", Set.of(Role.PHONE_ADMINISTRATOR), false);
    }

    @Override
    public AdminCaller require(Permission permission) {
        if (!granted.contains(permission)) {
            throw new PermissionDeniedException("needs " + permission.name());
        }
        return caller();
    }
}
