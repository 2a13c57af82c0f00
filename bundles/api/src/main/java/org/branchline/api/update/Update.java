package org.branchline.api.update;

import java.time.Instant;
import java.util.Map;

/**
 * One update: its archive, the feature versions it brings, when it was asked for and activated.
 *
 * @param kind PATCH within the running release, UPGRADE to a newer one
 * @param activated when it was activated, or null while scheduled (or when it failed)
 * @param outcome "scheduled", "applied", "cancelled" or why it failed
 */
public record Update(String id, String fileName, String version, Kind kind, Map<String, String> features,
        Instant requested, Instant activateAt, Instant activated, String outcome) {
    public Update {
        features = Map.copyOf(features);
    }

    public enum Kind { PATCH, UPGRADE }
}
