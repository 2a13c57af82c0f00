package org.branchline.routing.internal;

import org.branchline.api.directory.DirectoryLookup;
import org.branchline.api.routing.CallParkService;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.api.security.AccessControl;
import org.branchline.routing.internal.rules.ParkRules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CallParkService.class)
public class CallParkServiceImpl implements CallParkService {
    private final RoutingDatabase db;
    private final DirectoryLookup directory;
    private final AccessControl access;

    @Activate
    public CallParkServiceImpl(@Reference RoutingDatabase db, @Reference DirectoryLookup directory,
            @Reference AccessControl access) {
        this.db = db;
        this.directory = directory;
        this.access = access;
    }

    @Override
    public CallParkSettings get() {
        access.require(RoutingPermissions.CALL_PARK_VIEW);
        return db.park();
    }

    @Override
    public CallParkSettings update(CallParkSettings settings) {
        access.require(RoutingPermissions.CALL_PARK_MODIFY);
        return db.savePark(ParkRules.check(settings, ext -> directory.extension(ext).isPresent()));
    }
}
