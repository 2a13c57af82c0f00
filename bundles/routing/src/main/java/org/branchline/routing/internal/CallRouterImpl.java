package org.branchline.routing.internal;

import java.util.List;
import java.util.Optional;
import org.branchline.api.directory.DirectoryLookup;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.api.routing.CallRouter;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The router the call engine asks: no login, routing data from memory. */
@Component(service = CallRouter.class)
public class CallRouterImpl implements CallRouter {
    private final CallRouting routing;

    @Activate
    public CallRouterImpl(@Reference RoutingDatabase db, @Reference DirectoryLookup directory,
            @Reference Appearances appearances) {
        this.routing = new CallRouting(directory, db, appearances::ownedBy);
    }

    @Override
    public Dialed dial(Caller caller, String digits) {
        return routing.dial(caller, digits);
    }

    @Override
    public Dialed transfer(Caller caller, String extension) {
        return routing.transfer(caller, extension);
    }

    @Override
    public String apply(Caller caller, Dialed.Feature feature) {
        return routing.apply(caller, feature);
    }

    @Override
    public CallParkSettings callPark() {
        return routing.callPark();
    }

    @Override
    public List<String> parkingOrbits() {
        return routing.parkingOrbits();
    }

    @Override
    public Optional<String> extensionOf(String owner) {
        return routing.extensionOf(owner);
    }
}
