package org.branchline.routing.internal.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.CallerIdRoute;
import org.branchline.api.routing.RouteSet;

/**
 * What the administrator set for one extension: the routes for all callers of some presences, and the
 * caller-ID routes of each presence in the order they are checked. A presence missing here has its default.
 */
public record StoredRoutes(String extension, Map<Presence, RouteSet> routes,
        Map<Presence, List<CallerIdRoute>> callerIdRoutes) {

    public StoredRoutes {
        routes = Collections.unmodifiableMap(copy(routes));
        Map<Presence, List<CallerIdRoute>> lists = copy(callerIdRoutes);
        lists.replaceAll((p, list) -> List.copyOf(list));
        callerIdRoutes = Collections.unmodifiableMap(lists);
    }

    public static StoredRoutes none(String extension) {
        return new StoredRoutes(extension, Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return routes.isEmpty() && callerIdRoutes.values().stream().allMatch(List::isEmpty);
    }

    public List<CallerIdRoute> callerIdRoutes(Presence presence) {
        return callerIdRoutes.getOrDefault(presence, List.of());
    }

    public StoredRoutes withRoutes(Set<Presence> presences, RouteSet set) {
        Map<Presence, RouteSet> changed = copy(routes);
        presences.forEach(p -> changed.put(p, set));
        return new StoredRoutes(extension, changed, callerIdRoutes);
    }

    /** Replaces the caller-ID route with the same match in place, else adds it last. */
    public StoredRoutes withCallerIdRoute(Set<Presence> presences, CallerIdRoute route) {
        Map<Presence, List<CallerIdRoute>> changed = copy(callerIdRoutes);
        for (Presence p : presences) {
            List<CallerIdRoute> list = new ArrayList<>(callerIdRoutes(p));
            int at = indexOf(list, route.match());
            if (at < 0) {
                list.add(route);
            } else {
                list.set(at, route);
            }
            changed.put(p, list);
        }
        return new StoredRoutes(extension, routes, changed);
    }

    public StoredRoutes withoutCallerIdRoute(Set<Presence> presences, CallerIdMatch match) {
        Map<Presence, List<CallerIdRoute>> changed = copy(callerIdRoutes);
        for (Presence p : presences) {
            changed.put(p, callerIdRoutes(p).stream().filter(r -> !r.match().equals(match)).toList());
        }
        return new StoredRoutes(extension, routes, changed);
    }

    public boolean hasCallerIdRoute(Presence presence, CallerIdMatch match) {
        return indexOf(callerIdRoutes(presence), match) >= 0;
    }

    private static int indexOf(List<CallerIdRoute> list, CallerIdMatch match) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).match().equals(match)) {
                return i;
            }
        }
        return -1;
    }

    private static <V> Map<Presence, V> copy(Map<Presence, V> map) {
        Map<Presence, V> out = new EnumMap<>(Presence.class);
        out.putAll(map);
        return out;
    }
}
