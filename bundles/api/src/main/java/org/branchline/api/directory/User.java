package org.branchline.api.directory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.branchline.api.security.Role;

/**
 * A PBX user as the admin doors show it. Secrets never leave the directory: neither the password nor the
 * PIN is part of this view.
 *
 * @param template the user template last applied
 * @param overrides the template settings this user holds differently from that template (the guide's "!")
 */
public record User(String loginName, String fullName, Presence presence, boolean requirePasswordChange,
        boolean requirePinChange, Set<Role> roles, String template, Map<String, String> settings,
        Set<String> overrides, List<String> extensions) {

    public boolean templateOverridden() {
        return !overrides.isEmpty();
    }
}
