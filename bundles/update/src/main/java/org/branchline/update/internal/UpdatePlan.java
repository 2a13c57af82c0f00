package org.branchline.update.internal;

import java.util.Map;
import java.util.TreeMap;
import org.branchline.api.admin.ConflictException;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.update.Update;
import org.osgi.framework.Version;

/**
 * What an archive would change on this server: the installed Branchline features it carries newer versions
 * of, and whether that stays within the running release (a patch) or moves to a newer one (an upgrade, which
 * needs the Software Upgrade key, admin guide §3.3 and §4).
 */
record UpdatePlan(Map<String, Version> features, Version version, Update.Kind kind) {
    private static final String FIELD = "archive";

    static UpdatePlan of(Map<String, Version> offered, Map<String, Version> installed, Version release,
            boolean upgradeLicensed) {
        Map<String, Version> changes = new TreeMap<>();
        offered.forEach((name, version) -> {
            Version current = installed.get(name);
            if (current == null || !name.startsWith("branchline-")) {
                return;
            }
            if (version.compareTo(current) <= 0) {
                throw new ConflictException(FIELD, name + " " + version + " is not newer than the installed "
                        + current + ": an update must be newer than what runs (downgrades are not supported)");
            }
            changes.put(name, version);
        });
        if (changes.isEmpty()) {
            throw new ConflictException(FIELD, "updates no Branchline feature installed on this server (it carries "
                    + String.join(", ", offered.keySet()) + ")");
        }
        Version version = changes.values().stream().max(Version::compareTo).orElseThrow();
        Update.Kind kind = kind(version, release);
        if (kind == Update.Kind.UPGRADE && !upgradeLicensed) {
            throw new ConflictException(FIELD, "moving from release " + release(release) + " to " + release(version)
                    + " needs the " + LicensedFeature.SOFTWARE_UPGRADE.title() + " feature key; without it only"
                    + " patches to the running release " + release(release) + " can be applied");
        }
        return new UpdatePlan(changes, version, kind);
    }

    private static Update.Kind kind(Version version, Version release) {
        int major = Integer.compare(version.getMajor(), release.getMajor());
        int order = major != 0 ? major : Integer.compare(version.getMinor(), release.getMinor());
        if (order < 0) {
            throw new ConflictException(FIELD, "is for release " + release(version) + ", older than the running "
                    + release(release) + " (downgrades are not supported)");
        }
        return order == 0 ? Update.Kind.PATCH : Update.Kind.UPGRADE;
    }

    static String release(Version v) {
        return v.getMajor() + "." + v.getMinor();
    }
}
