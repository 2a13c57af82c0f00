package org.branchline.licensing.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.branchline.api.licensing.LicensedFeature;

/**
 * The Karaf features each key starts. A key whose subsystem is not in this release (yet) still installs and
 * counts; it just starts nothing.
 */
final class LicensedSubsystems {
    private static final Map<LicensedFeature, List<String>> FEATURES = new EnumMap<>(Map.of(
            LicensedFeature.CONFERENCE_CENTER, List.of("branchline-conference")));

    private LicensedSubsystems() {
    }

    /** Every Karaf feature that only a key may start. */
    static Set<String> managed() {
        Set<String> all = new TreeSet<>();
        FEATURES.values().forEach(all::addAll);
        return all;
    }

    static Set<String> wanted(Set<LicensedFeature> licensed) {
        Set<String> out = new TreeSet<>();
        licensed.forEach(f -> out.addAll(FEATURES.getOrDefault(f, List.of())));
        return out;
    }
}
