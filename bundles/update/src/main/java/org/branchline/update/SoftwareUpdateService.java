package org.branchline.update;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Applies updates in place while calls go on. An update is a Karaf archive (KAR) whose features repository
 * carries newer versions of Branchline features. Within the running release (same major.minor) it is a patch
 * and needs no key; a newer release needs the Software Upgrade feature key. Updates to the same or a lower
 * version, or for features this server does not have, are refused.
 */
public interface SoftwareUpdateService {
    /** The release running now and the bundles' versions after patches. */
    RunningSoftware running();

    /**
     * Checks the archive and activates it now ({@code activateAt} null or not in the future) or at
     * {@code activateAt}, at most a week ahead. A scheduled update replaces the one scheduled before.
     *
     * @param fileName the archive's name as uploaded, for the history
     */
    Update apply(String fileName, byte[] archive, Instant activateAt);

    /** The update waiting for its time, if any. */
    Optional<Update> scheduled();

    /** Cancels the scheduled update; false when none was waiting. */
    boolean cancelScheduled();

    /** Every update applied, refused at activation, or scheduled, newest last. */
    List<Update> history();
}
