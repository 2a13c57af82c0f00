package org.branchline.api.security;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;

/** Who is performing an admin operation: the logged-in PBX user and the roles that login carried. */
@Schema(name = "Caller", description = "The logged-in PBX user.",
        requiredProperties = {"login-name", "roles", "password-change-required"})
public record AdminCaller(
        @Schema(description = "The login name of the logged-in user.") String loginName,
        @Schema(description = "The roles the login carried (a role change takes effect at the next login, admin "
                + "guide §2.2).")
        Set<Role> roles,
        @Schema(description = "True while the user must change the password (PUT /v1/me/password) before doing "
                + "anything else.")
        boolean passwordChangeRequired) {
    public AdminCaller {
        roles = Set.copyOf(roles);
    }
}
