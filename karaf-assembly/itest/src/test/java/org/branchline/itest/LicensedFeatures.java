package org.branchline.itest;

import java.util.Arrays;
import org.apache.karaf.features.FeatureState;
import org.apache.karaf.features.FeaturesService;
import org.branchline.api.callcontrol.CallApplication;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;

/** What a feature key starts, seen from inside the container: the Karaf feature and its call application. */
final class LicensedFeatures {
    static final String CONFERENCE = "branchline-conference";
    private final BundleContext context;
    private final FeaturesService features;

    LicensedFeatures(BundleContext context, FeaturesService features) {
        this.context = context;
        this.features = features;
    }

    boolean started(String feature) throws Exception {
        return Arrays.stream(features.listInstalledFeatures()).anyMatch(f -> f.getName().equals(feature)
                && features.getState(f.getId()) == FeatureState.Started);
    }

    boolean installed(String feature) throws Exception {
        return Arrays.stream(features.listInstalledFeatures()).anyMatch(f -> f.getName().equals(feature));
    }

    /** True when a call application answers {@code name} (e.g. "conference-center"). */
    boolean applicationAnswers(String name) throws InvalidSyntaxException {
        return context.getServiceReferences(CallApplication.class, "(" + CallApplication.NAMES + "=" + name + ")")
                .size() > 0;
    }

    /** Waits until {@code condition} holds, up to a minute. */
    static void await(String what, Check condition) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.holds()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not within a minute: " + what);
            }
            Thread.sleep(200);
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }
}
