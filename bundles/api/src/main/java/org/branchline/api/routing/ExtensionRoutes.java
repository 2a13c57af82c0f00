package org.branchline.api.routing;

import java.util.List;
import org.branchline.api.directory.ExtensionKind;

/**
 * The call routes of an extension. A user extension has one entry per presence and follows its owner's
 * current presence; a system extension has the single entry IN_OFFICE.
 */
public record ExtensionRoutes(String extension, ExtensionKind kind, List<PresenceRoutes> presences) {
    public ExtensionRoutes {
        presences = List.copyOf(presences);
    }
}
