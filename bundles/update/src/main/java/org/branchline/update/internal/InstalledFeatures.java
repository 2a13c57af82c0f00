package org.branchline.update.internal;

import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Version;

/** The Branchline features installed now, and the release they make. */
final class InstalledFeatures {
    static final String BASE = "branchline-base";

    private InstalledFeatures() {
    }

    static Map<String, Version> of(FeaturesService features) {
        Map<String, Version> out = new TreeMap<>();
        try {
            for (Feature f : features.listInstalledFeatures()) {
                if (f.getName().startsWith("branchline-")) {
                    out.merge(f.getName(), Version.parseVersion(f.getVersion()), (a, b) -> a.compareTo(b) > 0 ? a : b);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the installed features", e);
        }
        return out;
    }

    static Version release(Map<String, Version> installed) {
        return installed.getOrDefault(BASE, Version.emptyVersion);
    }
}
