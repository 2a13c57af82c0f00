package org.branchline.api.licensing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * An installed feature key (admin guide §3.3).
 *
 * @param features what the key grants, with counts (1 for features that are on or off)
 * @param expires the last day the key is valid, or null when it never expires
 */
public record FeatureKey(String id, String serverId, Map<LicensedFeature, Integer> features, LocalDate issued,
        LocalDate expires, Instant installed, State state) {
    public FeatureKey {
        features = Map.copyOf(features);
    }

    public enum State { ACTIVE, EXPIRED }
}
