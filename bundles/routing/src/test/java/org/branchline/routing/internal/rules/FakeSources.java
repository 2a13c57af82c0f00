package org.branchline.routing.internal.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Phones in memory: appearances per extension, DND and forwards per appearance. */
class FakeSources implements RingSources {
    final Map<String, List<String>> appearances = new HashMap<>();
    final Set<String> doNotDisturb = new HashSet<>();
    final Map<String, String> forwards = new HashMap<>();

    @Override
    public List<String> appearancesOf(String extension) {
        return appearances.getOrDefault(extension, List.of());
    }

    @Override
    public boolean doNotDisturb(String userId) {
        return doNotDisturb.contains(userId);
    }

    @Override
    public Optional<String> forwardOf(String userId) {
        return Optional.ofNullable(forwards.get(userId));
    }

    /** A forward target rings its extension's appearances, DND ones left out. */
    @Override
    public List<String> forwardedTo(String extension) {
        return appearancesOf(extension).stream().filter(a -> !doNotDisturb(a)).toList();
    }
}
