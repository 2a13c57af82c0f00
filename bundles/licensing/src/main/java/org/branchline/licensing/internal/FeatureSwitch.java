package org.branchline.licensing.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.FeaturesService.Option;

/**
 * Installs the Karaf features of licensed subsystems and uninstalls those no key covers, without refreshing
 * any other bundle: the SIP core and its calls are never touched. Runs on the licensing thread only.
 */
final class FeatureSwitch {
    private static final Logger LOG = Logger.getLogger(FeatureSwitch.class.getName());
    private static final EnumSet<Option> QUIET = EnumSet.of(Option.NoAutoRefreshBundles);
    private final FeaturesService features;

    FeatureSwitch(FeaturesService features) {
        this.features = features;
    }

    /** Brings the managed features to {@code wanted}; a feature that fails is logged and tried next time. */
    void apply(Set<String> managed, Set<String> wanted) {
        for (String name : managed) {
            boolean installed = installed(name);
            try {
                if (wanted.contains(name) && !installed) {
                    features.installFeature(name, QUIET);
                    LOG.info("Feature key: started " + name);
                } else if (!wanted.contains(name) && installed) {
                    features.uninstallFeature(name, QUIET);
                    LOG.info("Feature key: stopped " + name + " (no valid key covers it)");
                }
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Feature key: cannot " + (installed ? "stop " : "start ") + name, e);
            }
        }
    }

    boolean installed(String name) {
        try {
            for (Feature f : features.listInstalledFeatures()) {
                if (f.getName().equals(name)) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the installed features", e);
        }
    }
}
