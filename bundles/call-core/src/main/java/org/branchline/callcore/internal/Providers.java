package org.branchline.callcore.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.branchline.api.callcontrol.LegProvider;

/**
 * The leg providers on the whiteboard and the technologies each reaches; the first one bound wins a technology
 * two of them name. Its monitor guards the map.
 */
final class Providers {
    private final Map<LegProvider, List<String>> technologies = new LinkedHashMap<>();

    synchronized void add(LegProvider provider, List<String> reached) {
        technologies.put(provider, List.copyOf(reached));
    }

    synchronized void remove(LegProvider provider) {
        technologies.remove(provider);
    }

    synchronized List<LegProvider> all() {
        return List.copyOf(technologies.keySet());
    }

    synchronized Optional<LegProvider> reaching(String technology) {
        return technologies.entrySet().stream().filter(e -> e.getValue().contains(technology))
                .map(Map.Entry::getKey).findFirst();
    }
}
