package org.branchline.sip.internal.registrar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;

/** The location service: registered contacts by station number (User ID), kept in memory. */
@Component(service = Location.class)
public class Location {
    private final Map<String, Map<String, Binding>> byUserId = new ConcurrentHashMap<>();

    public void put(Binding binding) {
        byUserId.computeIfAbsent(binding.userId(), k -> new ConcurrentHashMap<>()).put(binding.contact(), binding);
    }

    public void remove(String userId, String contact) {
        Map<String, Binding> contacts = byUserId.get(userId);
        if (contacts != null) {
            contacts.remove(contact);
        }
    }

    public void removeAll(String userId) {
        byUserId.remove(userId);
    }

    /** The live contacts of a call appearance. */
    public List<Binding> contacts(String userId) {
        Map<String, Binding> contacts = byUserId.get(userId);
        if (contacts == null) {
            return List.of();
        }
        long now = System.currentTimeMillis();
        return contacts.values().stream().filter(b -> !b.expired(now)).toList();
    }

    /** True when a live contact of {@code userId} registered from {@code source}. */
    public boolean registeredFrom(String userId, Source source) {
        String seenAt = source.toString();
        return contacts(userId).stream().anyMatch(b -> b.source().equals(seenAt));
    }

    /** True when any live contact registered from {@code source} (a phone of this server). */
    public boolean anyRegisteredFrom(Source source) {
        String seenAt = source.toString();
        long now = System.currentTimeMillis();
        return byUserId.values().stream().flatMap(m -> m.values().stream())
                .anyMatch(b -> !b.expired(now) && b.source().equals(seenAt));
    }

    public List<Binding> all() {
        long now = System.currentTimeMillis();
        List<Binding> out = new ArrayList<>();
        byUserId.values().forEach(m -> m.values().stream().filter(b -> !b.expired(now)).forEach(out::add));
        out.sort(Comparator.comparing(Binding::loginId).thenComparingLong(Binding::expiresAtMillis));
        return out;
    }

    public int size() {
        return byUserId.values().stream().mapToInt(Map::size).sum();
    }

    /** Drops expired contacts; returns how many. */
    public int sweep() {
        long now = System.currentTimeMillis();
        int[] removed = {0};
        byUserId.values().forEach(m -> m.values().removeIf(b -> {
            boolean gone = b.expired(now);
            removed[0] += gone ? 1 : 0;
            return gone;
        }));
        byUserId.values().removeIf(Map::isEmpty);
        return removed[0];
    }
}
