package org.branchline.api.licensing;

import org.branchline.api.admin.ConflictException;
import org.branchline.api.admin.FeatureNotInstalledException;

/** The refusals of the license checks, worded once for every door. */
public final class LicenseLimits {
    private LicenseLimits() {
    }

    /**
     * The licensing service, or FeatureNotInstalledException while it is not running: nothing counted or licensed
     * may be added then.
     */
    public static Licenses running(Licenses licenses) {
        if (licenses == null) {
            throw new FeatureNotInstalledException("licensing", "branchline-base");
        }
        return licenses;
    }

    /** "users: this server is licensed for 48 users; install a User Expansion feature key to add more". */
    public static ConflictException reached(Capacity capacity, int limit, ServerModel model, LicensedFeature key) {
        String base = "this " + model.name() + " server is licensed for " + limit + " " + capacity.title();
        if (key == null || limit >= model.maximum(capacity)) {
            return new ConflictException(field(capacity), base + ", the most the " + model.name() + " allows");
        }
        return new ConflictException(field(capacity), base + "; install a " + key.title()
                + " feature key to add more");
    }

    /** The feature needs a key: "Conference Center requires the Conference Center feature key". */
    public static ConflictException missing(LicensedFeature feature) {
        return new ConflictException("feature key", feature.title() + " requires the " + feature.title()
                + " feature key, which is not installed");
    }

    private static String field(Capacity capacity) {
        return capacity.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
