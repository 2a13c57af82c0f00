package org.branchline.sip.internal.handset;

import java.util.Optional;

/** In-memory lookups of call appearances for the registrar and the call engine (no login needed). */
public interface Appearances extends org.branchline.api.routing.CallAppearanceDirectory {
    Optional<AppearanceRecord> byLoginId(String loginId);

    Optional<AppearanceRecord> byUserId(String userId);
}
