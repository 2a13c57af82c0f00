package org.branchline.routing.internal;

import org.branchline.api.security.Permission;

/** Call routing's admin operations; who holds them is etc/org.branchline.roles-routing.cfg. */
final class RoutingPermissions {
    static final Permission CALL_ROUTES_VIEW = new Permission("routing.call-routes.view",
            "Phone System > Extensions: View Call Routes");
    static final Permission CALL_ROUTES_MODIFY = new Permission("routing.call-routes.modify",
            "Phone System > Extensions: modify call routes");
    static final Permission SPEED_DIALS_VIEW = new Permission("routing.speed-dials.view", "Phone System > Speed Dial");
    static final Permission SPEED_DIALS_MODIFY = new Permission("routing.speed-dials.modify",
            "Phone System > Speed Dial: add, modify, delete");
    static final Permission CALL_PARK_VIEW = new Permission("routing.call-park.view", "Phone System > Call Park");
    static final Permission CALL_PARK_MODIFY = new Permission("routing.call-park.modify",
            "Phone System > Call Park \"Modify\"");

    private RoutingPermissions() {
    }
}
