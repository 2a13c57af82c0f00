package org.branchline.licensing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.branchline.api.licensing.Capacity;
import org.branchline.api.licensing.FeatureKey;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.api.licensing.ServerModel;
import org.branchline.licensing.internal.keys.KeyDocument;

/**
 * The installed keys on one day, and what they license on a model. A User Expansion key's count is the new
 * number of users (the largest key wins); Generic SIP Handsets counts add up; extensions follow the users.
 */
public record KeyRing(ServerModel model, List<Installed> keys, LocalDate today) {
    public KeyRing {
        keys = List.copyOf(keys);
    }

    /** A key as stored: its document and when it was installed. */
    public record Installed(KeyDocument document, Instant installed) {
        FeatureKey view(LocalDate today) {
            KeyDocument d = document;
            return new FeatureKey(d.id(), d.serverId(), d.features(), d.issued(), d.expires(), installed,
                    d.validOn(today) ? FeatureKey.State.ACTIVE : FeatureKey.State.EXPIRED);
        }
    }

    public List<FeatureKey> views() {
        return keys.stream().map(k -> k.view(today)).toList();
    }

    public boolean licensed(LicensedFeature feature) {
        return !model.unavailable().contains(feature) && installed(feature) > 0;
    }

    public Set<LicensedFeature> licensedFeatures() {
        Set<LicensedFeature> out = EnumSet.noneOf(LicensedFeature.class);
        for (LicensedFeature f : LicensedFeature.values()) {
            if (licensed(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** What valid keys grant of {@code feature}: the sum of their counts (the largest, for User Expansion). */
    public int installed(LicensedFeature feature) {
        Stream<Integer> counts = keys.stream().map(Installed::document).filter(d -> d.validOn(today))
                .map(d -> d.features().getOrDefault(feature, 0));
        return feature == LicensedFeature.USER_EXPANSION ? counts.reduce(0, Math::max) : counts.reduce(0, Integer::sum);
    }

    public int limit(Capacity capacity) {
        int base = model.base(capacity);
        int raised = switch (capacity) {
            case USERS -> Math.max(base, installedIfAvailable(LicensedFeature.USER_EXPANSION));
            case EXTENSIONS -> Math.max(base, 2 * limit(Capacity.USERS));
            case GENERIC_SIP_HANDSETS -> saturatedSum(base, installedIfAvailable(LicensedFeature.GENERIC_SIP_HANDSETS));
            default -> base;
        };
        return Math.min(raised, model.maximum(capacity));
    }

    private int installedIfAvailable(LicensedFeature feature) {
        return model.unavailable().contains(feature) ? 0 : installed(feature);
    }

    private static int saturatedSum(int a, int b) {
        long sum = (long) a + b;
        return sum > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) sum;
    }
}
