package org.branchline.api.security;

import java.util.Set;

/** Who is performing an admin operation: the logged-in PBX user and the roles that login carried. */
public record AdminCaller(String loginName, Set<Role> roles, boolean passwordChangeRequired) {
    public AdminCaller {
        roles = Set.copyOf(roles);
    }
}
