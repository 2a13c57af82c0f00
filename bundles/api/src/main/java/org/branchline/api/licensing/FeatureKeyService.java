package org.branchline.api.licensing;

import java.util.List;

/**
 * Maintenance &gt; Feature Keys for the admin doors. Installing a key starts the subsystems it licenses at once;
 * removing it (or its expiry) stops them. Refusals (a key for another server, altered, expired, already
 * installed, not for this model) are {@link org.branchline.api.admin.InvalidFieldException} or
 * {@link org.branchline.api.admin.ConflictException} with a reason a person understands.
 */
public interface FeatureKeyService {
    /** Server id, model and the running release. */
    ServerIdentity identity();

    FeatureKey install(String keyText);

    List<FeatureKey> keys();

    List<FeatureLicense> licenses();

    void remove(String keyId);
}
