package org.branchline.network.internal;

import org.branchline.api.security.Permission;

/** The network configuration's admin operations; who holds them is etc/org.branchline.roles-network.cfg. */
final class NetworkPermissions {
    static final Permission CONFIGURATION_VIEW = new Permission("network.configuration.view",
            "Network > Configuration");
    static final Permission CONFIGURATION_MODIFY = new Permission("network.configuration.modify",
            "Network > Configuration modify");

    private NetworkPermissions() {
    }
}
