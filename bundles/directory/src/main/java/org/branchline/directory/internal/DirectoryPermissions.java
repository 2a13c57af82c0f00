package org.branchline.directory.internal;

import org.branchline.api.security.Permission;

/** The directory's admin operations; who holds them is etc/org.branchline.roles-directory.cfg. */
final class DirectoryPermissions {
    static final Permission USERS_VIEW = new Permission("directory.users.view", "Business > Users");
    static final Permission USERS_MODIFY = new Permission("directory.users.modify",
            "Business > Users: add, modify, delete users");
    static final Permission USER_TEMPLATES_MANAGE = new Permission("directory.user-templates.manage",
            "Business > Users: user templates");
    static final Permission PASSWORD_REQUIREMENTS_MODIFY = new Permission(
            "directory.password-requirements.modify", "Business > Users: Password Requirements modify");
    static final Permission SERVER_ADMINISTRATOR_PASSWORD_CHANGE = new Permission(
            "directory.server-administrator-password.change", "the Server Administrator's password");
    static final Permission ROLES_VIEW = new Permission("directory.roles.view", "Business > Roles");
    static final Permission PHONE_ADMINISTRATOR_ROLE_ASSIGN = new Permission(
            "directory.phone-administrator-role.assign", "Business > Roles > Phone Administrator: assign/remove");
    static final Permission OTHER_ROLES_ASSIGN = new Permission("directory.other-roles.assign",
            "Business > Roles > System/Network Administrator, Support Technician: assign/remove");
    static final Permission EXTENSIONS_VIEW = new Permission("directory.extensions.view",
            "Phone System > Extensions");
    static final Permission EXTENSIONS_MODIFY = new Permission("directory.extensions.modify",
            "Phone System > Extensions: add, modify, delete");
    static final Permission DIAL_PLAN_VIEW = new Permission("directory.dial-plan.view", "Phone System > Dial Plan");
    static final Permission DIAL_PLAN_MODIFY = new Permission("directory.dial-plan.modify",
            "Phone System > Dial Plan: Internal Extension Length / Internal Dial Plan modify");

    private DirectoryPermissions() {
    }
}
