package org.branchline.api.licensing;

import java.util.Map;
import java.util.Set;

/**
 * One column of admin guide §1.3 table 1 (6x12, 6x, 24x, 48x), read from {@code etc/}.
 *
 * @param base what the model allows without keys
 * @param maximum the most keys can raise each capacity to (equal to base when no key raises it)
 * @param unavailable keys this model cannot take (e.g. Automatic Call Distribution on the 6x12)
 */
public record ServerModel(String name, Map<Capacity, Integer> base, Map<Capacity, Integer> maximum,
        Set<LicensedFeature> unavailable) {
    public ServerModel {
        base = Map.copyOf(base);
        maximum = Map.copyOf(maximum);
        unavailable = Set.copyOf(unavailable);
    }

    public int base(Capacity capacity) {
        return base.getOrDefault(capacity, 0);
    }

    public int maximum(Capacity capacity) {
        return maximum.getOrDefault(capacity, base(capacity));
    }
}
