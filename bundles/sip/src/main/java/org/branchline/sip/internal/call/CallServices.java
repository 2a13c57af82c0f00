package org.branchline.sip.internal.call;

import java.util.function.Supplier;
import org.branchline.api.callcontrol.CallControl;
import org.branchline.api.routing.CallRouter;

/** The services phones' calls use, each of which may come and go (null while it is absent). */
public record CallServices(Supplier<CallRouter> router, Supplier<CallControl> core) {
}
