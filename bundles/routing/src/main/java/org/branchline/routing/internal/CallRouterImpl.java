package org.branchline.routing.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.branchline.api.callcontrol.CallApplication;
import org.branchline.api.directory.DirectoryLookup;
import org.branchline.api.routing.ApplicationNumber;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.api.routing.CallRouter;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;
import org.branchline.api.routing.WhileAbsent;
import org.branchline.routing.internal.rules.NumberForms;
import org.osgi.service.component.annotations.Activate;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The router the call engine asks: no login, routing data from memory. The numbers call applications declare
 * on their services ({@link CallApplication#NUMBERS}) are kept as routing data when they appear.
 */
@Component(service = CallRouter.class)
public class CallRouterImpl implements CallRouter {
    private static final Logger LOG = Logger.getLogger(CallRouterImpl.class.getName());
    private final RoutingDatabase db;
    private final CallRouting routing;

    @Activate
    public CallRouterImpl(@Reference RoutingDatabase db, @Reference DirectoryLookup directory,
            @Reference Appearances appearances) {
        this.db = db;
        this.routing = new CallRouting(directory, db, appearances::ownedBy);
    }

    /**
     * Reads only the numbers an application declares on its service: getting the service itself would activate the
     * application, which may be binding routing just now (a cycle Declarative Services drops a bind for).
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addApplication(ServiceReference<CallApplication> application) {
        Map<String, Object> properties = new HashMap<>();
        for (String key : application.getPropertyKeys()) {
            properties.put(key, application.getProperty(key));
        }
        List<String> names = CallApplication.values(properties.get(CallApplication.NAMES));
        if (names.isEmpty()) {
            return;
        }
        WhileAbsent whileAbsent = NumberForms.whileAbsent(properties.get(CallApplication.WHILE_ABSENT));
        for (String declared : CallApplication.values(properties.get(CallApplication.NUMBERS))) {
            try {
                ApplicationNumber n = NumberForms.read(declared, names.get(0), whileAbsent);
                if (db.declare(n)) {
                    LOG.info("Number " + NumberForms.key(n) + " reaches " + n.application() + " from now on");
                }
            } catch (IllegalArgumentException e) {
                LOG.warning(names.get(0) + " declares a number routing cannot read: " + e.getMessage());
            }
        }
    }

    /** Its numbers stay routing data: they answer as it declared while it is absent. */
    void removeApplication(ServiceReference<CallApplication> application) {
        LOG.fine("a call application left; its numbers stay");
    }

    @Override
    public Dialed.Application voicemail(String extension) {
        return routing.voicemail(extension);
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
