package org.branchline.callfeatures.internal;

import java.util.Optional;
import java.util.logging.Logger;
import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.callcontrol.CallApplication;
import org.branchline.api.callcontrol.CallControl;
import org.branchline.api.callcontrol.Connection;
import org.branchline.api.callcontrol.LegAddress;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Call pickup (user guide, "Call Pickup"): dialing 7 + an extension answers the call ringing there; the phones
 * ringing for it stop. With nothing ringing at that extension the picker is hung up.
 */
@Component(property = CallApplication.NAMES + "=" + CallPickup.PICKUP)
public final class CallPickup implements CallApplication {
    static final String PICKUP = "call-pickup";
    private static final Logger LOG = Logger.getLogger(CallPickup.class.getName());
    private final CallControl calls;
    private final String version;

    @Activate
    public CallPickup(@Reference CallControl calls, BundleContext context) {
        this.calls = calls;
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public void handle(ApplicationCall call) {
        LegAddress at = LegAddress.extension(call.extension());
        Optional<Connection> ringing = calls.ringing().stream().filter(c -> c.to().equals(at))
                .filter(c -> c.takeOver(call.leg())).findFirst();
        if (ringing.isEmpty()) {
            LOG.info(() -> call.callId() + ": nothing rings at " + at.target() + " to pick up");
            call.hangUp();
            return;
        }
        LOG.info(() -> call.caller().number() + " picked up the call ringing at " + at.target());
    }

    @Override
    public String version() {
        return version;
    }
}
