package org.branchline.routing.internal;

import java.util.List;
import java.util.Set;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.NotFoundException;
import org.branchline.api.directory.DirectoryLookup;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.CallRouteService;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.CallerIdRoute;
import org.branchline.api.routing.ExtensionRoutes;
import org.branchline.api.routing.RouteSet;
import org.branchline.api.security.AccessControl;
import org.branchline.routing.internal.rules.RouteBook;
import org.branchline.routing.internal.rules.RouteRules;
import org.branchline.routing.internal.rules.StoredRoutes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CallRouteService.class)
public class CallRouteServiceImpl implements CallRouteService {
    private final RoutingDatabase db;
    private final DirectoryLookup directory;
    private final Appearances appearances;
    private final AccessControl access;
    private final RouteRules rules;

    @Activate
    public CallRouteServiceImpl(@Reference RoutingDatabase db, @Reference DirectoryLookup directory,
            @Reference Appearances appearances, @Reference AccessControl access) {
        this.db = db;
        this.directory = directory;
        this.appearances = appearances;
        this.access = access;
        this.rules = new RouteRules(directory::extension, login -> directory.presence(login).isPresent());
    }

    @Override
    public ExtensionRoutes routes(String extension) {
        access.require(RoutingPermissions.CALL_ROUTES_VIEW);
        return view(require(extension), db.routes(extension));
    }

    @Override
    public ExtensionRoutes setRoutes(String extension, Set<Presence> presences, RouteSet routes) {
        access.require(RoutingPermissions.CALL_ROUTES_MODIFY);
        Extension ext = require(extension);
        Set<Presence> checked = RouteRules.presences(ext, presences);
        RouteSet set = rules.routeSet("routes", extension, routes);
        return view(ext, db.updateRoutes(extension, stored -> stored.withRoutes(checked, set)));
    }

    @Override
    public ExtensionRoutes putCallerIdRoute(String extension, Set<Presence> presences, CallerIdRoute route) {
        access.require(RoutingPermissions.CALL_ROUTES_MODIFY);
        Extension ext = requireUserExtension(extension);
        Set<Presence> checked = RouteRules.presences(ext, presences);
        if (route == null) {
            throw new InvalidFieldException("match", "is required");
        }
        CallerIdRoute valid = new CallerIdRoute(rules.match(route.match()),
                rules.routeSet("routes", extension, route.routes()));
        return view(ext, db.updateRoutes(extension, stored -> {
            StoredRoutes changed = stored.withCallerIdRoute(checked, valid);
            if (checked.stream().anyMatch(p -> changed.callerIdRoutes(p).size() > RouteRules.MAX_CALLER_ID_ROUTES)) {
                throw new InvalidFieldException("match", "at most " + RouteRules.MAX_CALLER_ID_ROUTES
                        + " caller-ID routes per presence");
            }
            return changed;
        }));
    }

    @Override
    public ExtensionRoutes removeCallerIdRoute(String extension, Set<Presence> presences, CallerIdMatch match) {
        access.require(RoutingPermissions.CALL_ROUTES_MODIFY);
        Extension ext = requireUserExtension(extension);
        Set<Presence> checked = RouteRules.presences(ext, presences);
        return view(ext, db.updateRoutes(extension, stored -> {
            if (match == null || checked.stream().noneMatch(p -> stored.hasCallerIdRoute(p, match))) {
                throw new NotFoundException("caller-ID route", match == null ? null : match.pattern());
            }
            return stored.withoutCallerIdRoute(checked, match);
        }));
    }

    @Override
    public ExtensionRoutes reset(String extension) {
        access.require(RoutingPermissions.CALL_ROUTES_MODIFY);
        Extension ext = require(extension);
        return view(ext, db.updateRoutes(extension, stored -> StoredRoutes.none(extension)));
    }

    private ExtensionRoutes view(Extension extension, StoredRoutes stored) {
        return RouteBook.routes(extension, stored, ownerAppearances(extension));
    }

    private List<String> ownerAppearances(Extension extension) {
        return appearances.ownedBy(extension.owner());
    }

    private Extension require(String extension) {
        return directory.extension(extension).orElseThrow(() -> new NotFoundException("extension", extension));
    }

    private Extension requireUserExtension(String extension) {
        Extension ext = require(extension);
        if (ext.kind() != ExtensionKind.USER) {
            throw new InvalidFieldException("extension", "caller-ID routes are for user extensions only");
        }
        return ext;
    }
}
