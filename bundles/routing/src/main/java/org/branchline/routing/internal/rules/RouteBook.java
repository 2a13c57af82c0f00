package org.branchline.routing.internal.rules;

import java.util.Arrays;
import java.util.List;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.ExtensionRoutes;
import org.branchline.api.routing.PresenceRoutes;
import org.branchline.api.routing.RouteSet;

/** The routes of an extension as they apply: what is stored, and the default for every presence that is not. */
public final class RouteBook {
    private RouteBook() {
    }

    /**
     * @param ownerAppearances the station numbers the extension's owner owns (for the default route)
     */
    public static ExtensionRoutes routes(Extension extension, StoredRoutes stored, List<String> ownerAppearances) {
        List<Presence> presences = extension.kind() == ExtensionKind.USER ? Arrays.asList(Presence.values())
                : List.of(Presence.IN_OFFICE);
        return new ExtensionRoutes(extension.number(), extension.kind(), presences.stream()
                .map(p -> of(extension, stored, ownerAppearances, p)).toList());
    }

    /** The routes of one presence; a system extension has only IN_OFFICE, which it uses whatever is asked. */
    public static PresenceRoutes of(Extension extension, StoredRoutes stored, List<String> ownerAppearances,
            Presence presence) {
        Presence p = extension.kind() == ExtensionKind.USER ? presence : Presence.IN_OFFICE;
        RouteSet set = stored.routes().get(p);
        if (set == null) {
            set = extension.kind() == ExtensionKind.USER
                    ? DefaultRoutes.forUser(extension.number(), p, ownerAppearances)
                    : DefaultRoutes.forSystem();
        }
        return new PresenceRoutes(p, set, stored.callerIdRoutes(p));
    }
}
