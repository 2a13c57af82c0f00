package org.branchline.licensing.internal;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;

/** The release running: the version of the installed base feature. */
final class Releases {
    static final String BASE_FEATURE = "branchline-base";

    private Releases() {
    }

    static String running(FeaturesService features) {
        try {
            for (Feature f : features.listInstalledFeatures()) {
                if (f.getName().equals(BASE_FEATURE)) {
                    return f.getVersion();
                }
            }
        } catch (Exception e) {
            return "unknown";
        }
        return "unknown";
    }
}
