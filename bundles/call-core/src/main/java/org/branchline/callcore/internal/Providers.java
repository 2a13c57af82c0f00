package org.branchline.callcore.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.branchline.api.callcontrol.LegProvider;

/**
 * The leg providers on the whiteboard and the technologies each reaches; the first one bound wins a technology
 * two of them name. Its monitor guards the list.
 */
final class Providers {
    private record Bound(Used<LegProvider> provider, List<String> technologies) {
    }

    private final List<Bound> bound = new ArrayList<>();

    synchronized void add(Used<LegProvider> provider, List<String> reached) {
        bound.add(new Bound(provider, List.copyOf(reached)));
    }

    /** @param key the provider's service reference (the provider itself in tests) */
    synchronized void remove(Object key) {
        bound.removeIf(b -> b.provider().is(key));
    }

    List<LegProvider> all() {
        return snapshot().stream().map(b -> b.provider().get()).toList();
    }

    Optional<LegProvider> reaching(String technology) {
        return snapshot().stream().filter(b -> b.technologies().contains(technology)).findFirst()
                .map(b -> b.provider().get());
    }

    private synchronized List<Bound> snapshot() {
        return List.copyOf(bound);
    }
}
