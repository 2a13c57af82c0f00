package org.branchline.api.directory;

import java.util.List;
import java.util.Optional;

/**
 * The directory as call handling reads it, while calls are set up: no login is needed and nothing secret is
 * answered. For the call engine and routing only; the admin doors use {@link ExtensionService} and
 * {@link UserService}, which check the caller's roles.
 */
public interface DirectoryLookup {
    Optional<Extension> extension(String number);

    /** The extensions the user owns, by number. */
    List<Extension> extensionsOf(String loginName);

    /** The user's current presence; empty when there is no such user. */
    Optional<Presence> presence(String loginName);

    DialPlan dialPlan();
}
