package org.branchline.routing.internal;

import java.util.List;
import org.branchline.api.admin.NotFoundException;
import org.branchline.api.directory.DirectoryLookup;
import org.branchline.api.routing.SpeedDial;
import org.branchline.api.routing.SpeedDialService;
import org.branchline.api.security.AccessControl;
import org.branchline.routing.internal.rules.InternalDialPlan;
import org.branchline.routing.internal.rules.SpeedDialRules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = SpeedDialService.class)
public class SpeedDialServiceImpl implements SpeedDialService {
    private final RoutingDatabase db;
    private final DirectoryLookup directory;
    private final AccessControl access;

    @Activate
    public SpeedDialServiceImpl(@Reference RoutingDatabase db, @Reference DirectoryLookup directory,
            @Reference AccessControl access) {
        this.db = db;
        this.directory = directory;
        this.access = access;
    }

    @Override
    public List<SpeedDial> list() {
        access.require(RoutingPermissions.SPEED_DIALS_VIEW);
        return db.speedDials();
    }

    @Override
    public SpeedDial get(String number) {
        access.require(RoutingPermissions.SPEED_DIALS_VIEW);
        return db.speedDial(number).orElseThrow(() -> new NotFoundException("speed dial", number));
    }

    @Override
    public SpeedDial put(SpeedDial speedDial) {
        access.require(RoutingPermissions.SPEED_DIALS_MODIFY);
        return db.putSpeedDial(SpeedDialRules.check(new InternalDialPlan(directory.dialPlan()), speedDial));
    }

    @Override
    public void delete(String number) {
        access.require(RoutingPermissions.SPEED_DIALS_MODIFY);
        if (!db.deleteSpeedDial(number)) {
            throw new NotFoundException("speed dial", number);
        }
    }
}
