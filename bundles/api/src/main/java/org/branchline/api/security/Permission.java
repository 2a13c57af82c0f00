package org.branchline.api.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Administrative operations with the roles allowed to perform them, from the table of admin guide §2.2.2
 * (columns Phone, Network, Support). The Server Administrator may do everything; the System Administrator
 * everything except what the guide keeps for the Server Administrator alone.
 */
public enum Permission {
    VIEW_USERS("Business > Users", true, false, false),
    MODIFY_USERS("Business > Users: add, modify, delete users", true, false, false),
    MANAGE_USER_TEMPLATES("Business > Users: user templates", true, false, false),
    MODIFY_PASSWORD_REQUIREMENTS("Business > Users: Password Requirements modify", false, false, false),
    VIEW_ROLES("Business > Roles", true, false, false),
    ASSIGN_PHONE_ADMINISTRATOR("Business > Roles > Phone Administrator: assign/remove", true, false, false),
    ASSIGN_OTHER_ROLES("Business > Roles > System/Network Administrator, Support Technician: assign/remove",
            false, false, false),
    CHANGE_SERVER_ADMINISTRATOR_PASSWORD("the Server Administrator's password", false, false, false, true),
    VIEW_EXTENSIONS("Phone System > Extensions", true, false, false),
    MODIFY_EXTENSIONS("Phone System > Extensions: add, modify, delete", true, false, false),
    VIEW_DIAL_PLAN("Phone System > Dial Plan", true, false, false),
    MODIFY_DIAL_PLAN("Phone System > Dial Plan: Internal Extension Length / Internal Dial Plan modify",
            true, false, false),
    VIEW_HANDSETS("Phone System > Handsets", true, false, false),
    MODIFY_HANDSETS("Phone System > Handsets: add, modify, delete SIP handsets", true, false, false),
    VIEW_CALL_ROUTES("Phone System > Extensions: View Call Routes", true, false, false),
    MODIFY_CALL_ROUTES("Phone System > Extensions: modify call routes", true, false, false),
    VIEW_SPEED_DIALS("Phone System > Speed Dial", true, false, false),
    MODIFY_SPEED_DIALS("Phone System > Speed Dial: add, modify, delete", true, false, false),
    VIEW_CALL_PARK("Phone System > Call Park", true, false, false),
    MODIFY_CALL_PARK("Phone System > Call Park \"Modify\"", true, false, false),
    VIEW_REPORTS("Home > Reports", true, true, true),
    MANAGE_FEATURE_KEYS("Maintenance > Feature Keys: Install, Submit", true, true, true),
    UPDATE_SOFTWARE("Maintenance > Update", false, false, false),
    VIEW_NETWORK_CONFIGURATION("Network > Configuration", false, true, false),
    MODIFY_NETWORK_CONFIGURATION("Network > Configuration modify", false, true, false);

    private final String page;
    private final Set<Role> roles;

    Permission(String page, boolean phone, boolean network, boolean support) {
        this(page, phone, network, support, false);
    }

    Permission(String page, boolean phone, boolean network, boolean support, boolean serverAdministratorOnly) {
        this.page = page;
        this.roles = EnumSet.of(Role.SERVER_ADMINISTRATOR);
        if (!serverAdministratorOnly) {
            roles.add(Role.SYSTEM_ADMINISTRATOR);
        }
        if (phone) {
            roles.add(Role.PHONE_ADMINISTRATOR);
        }
        if (network) {
            roles.add(Role.NETWORK_ADMINISTRATOR);
        }
        if (support) {
            roles.add(Role.SUPPORT_TECHNICIAN);
        }
    }

    /** The admin page or link of the guide's table this permission stands for. */
    public String page() {
        return page;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean grantedTo(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }
}
