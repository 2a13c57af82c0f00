package org.branchline.api.routing;

import java.util.List;
import java.util.Optional;

/**
 * Which call appearances users own, as routing reads it while calls are set up: no login is needed. Call
 * appearances are named by their station number (User ID).
 */
public interface CallAppearanceDirectory {
    /** The station numbers of the call appearances {@code loginName} owns, in ascending order. */
    List<String> ownedBy(String loginName);

    /** The login name of the owner of the call appearance {@code userId}; empty when unowned or unknown. */
    Optional<String> ownerOf(String userId);
}
