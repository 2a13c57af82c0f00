package org.branchline.itest;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.FeaturesService.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Feature operations as the plain Karaf shell runs them (default options), and what Karaf's deployer plans for
 * them: a simulated run ({@link Option#Simulate}) logs the bundles it would refresh ("Bundles to refresh:") to
 * karaf.log, read back here.
 */
final class FeatureDeployments {
    /** Headers of the refresh list: of a simulated run, of a real one. */
    private static final List<String> REFRESH_HEADERS = List.of("Bundles to refresh:", "Refreshing bundles:");
    private static final String UNINSTALLED = "(Bundle will be uninstalled)";
    private final BundleContext context;
    private final FeaturesService features;

    FeatureDeployments(BundleContext context, FeaturesService features) {
        this.context = context;
        this.features = features;
    }

    /** Installs or uninstalls the feature with the shell's default options. */
    void change(String name, boolean install) throws Exception {
        change(name, install, EnumSet.noneOf(Option.class));
    }

    /**
     * The bundles a simulated install or uninstall of the feature would refresh, each as the deployer names it
     * ("symbolic-name/version (why)").
     */
    List<String> refreshesOf(String name, boolean install) throws Exception {
        long mark = logLength();
        change(name, install, EnumSet.of(Option.Simulate));
        return refreshed(logSince(mark));
    }

    private void change(String name, boolean install, EnumSet<Option> options) throws Exception {
        if (install) {
            features.installFeature(name, options);
        } else {
            features.uninstallFeature(name, options);
        }
    }

    /**
     * The bundles a refresh may name: the feature's own bundles, and only because they are being uninstalled.
     * Anything else in the list was wired to something that changed, and would be restarted.
     */
    static List<String> foreign(List<String> refreshes, Set<String> own) {
        List<String> foreign = new ArrayList<>();
        for (String line : refreshes) {
            String symbolicName = line.substring(0, line.indexOf('/'));
            if (!(line.endsWith(UNINSTALLED) && own.contains(symbolicName))) {
                foreign.add(line);
            }
        }
        return foreign;
    }

    /** Symbolic names of the installed bundles that the feature itself lists (not those of features it needs). */
    Set<String> ownBundles(String name) throws Exception {
        Feature feature = features.getFeature(name);
        Set<String> locations = new TreeSet<>();
        for (BundleInfo bundle : feature.getBundles()) {
            locations.add(bundle.getLocation().trim());
        }
        Set<String> names = new TreeSet<>();
        for (Bundle bundle : context.getBundles()) {
            if (locations.contains(bundle.getLocation())) {
                names.add(bundle.getSymbolicName());
            }
        }
        return names;
    }

    private static List<String> refreshed(String log) {
        List<String> bundles = new ArrayList<>();
        boolean inList = false;
        for (String line : log.split("\n")) {
            String message = message(line);
            if (REFRESH_HEADERS.stream().anyMatch(message::endsWith)) {
                inList = true;
            } else if (inList && message.startsWith("    ")) {
                bundles.add(message.trim());
            } else {
                inList = false;
            }
        }
        return bundles;
    }

    /** The message of a karaf.log line: what follows the fifth " | " (time, level, thread, class, bundle). */
    private static String message(String line) {
        int at = -1;
        for (int field = 0; field < 5; field++) {
            at = line.indexOf(" | ", at + 1);
            if (at < 0) {
                return "";
            }
        }
        return line.substring(at + 3);
    }

    private static String logFile() {
        return System.getProperty("karaf.log", System.getProperty("karaf.data") + "/log") + "/karaf.log";
    }

    private static long logLength() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(logFile(), "r")) {
            return file.length();
        }
    }

    private static String logSince(long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(logFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, file.length() - offset)];
            file.seek(offset);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
