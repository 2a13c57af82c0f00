package org.branchline.callcore.internal;

import java.util.Map;
import java.util.Optional;
import org.branchline.api.callcontrol.CallApplication;
import org.branchline.api.licensing.Capacity;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.api.licensing.Licenses;

/**
 * What an application's service properties ask of the licence: a feature key it needs
 * ({@link CallApplication#LICENSE}), and a capacity of the server model bounding its calls at once
 * ({@link CallApplication#CAPACITY}).
 */
record ApplicationLicence(LicensedFeature feature, Capacity capacity) {
    static final ApplicationLicence NONE = new ApplicationLicence(null, null);

    static ApplicationLicence of(Map<String, Object> properties) {
        Object f = properties.get(CallApplication.LICENSE);
        Object c = properties.get(CallApplication.CAPACITY);
        return new ApplicationLicence(f == null ? null : LicensedFeature.parse(f.toString()).orElseThrow(),
                c == null ? null : Capacity.valueOf(c.toString()));
    }

    /**
     * Why the application may not take one more call besides the {@code inside} it has: its feature key is missing
     * (the guide's busy signal, e.g. the conference center's 408), or its calls fill the model's capacity
     * (voicemail ports).
     */
    Optional<String> refusal(Licenses licenses, int inside) {
        if (feature == null && capacity == null) {
            return Optional.empty();
        }
        if (licenses == null) {
            return Optional.of("licensing is not running");
        }
        if (feature != null && !licenses.licensed(feature)) {
            return Optional.of(feature.title() + " is not licensed (no " + feature.title() + " feature key)");
        }
        if (capacity != null && inside >= licenses.limit(capacity)) {
            return Optional.of("all " + licenses.limit(capacity) + " " + capacity.title() + " are in use");
        }
        return Optional.empty();
    }
}
