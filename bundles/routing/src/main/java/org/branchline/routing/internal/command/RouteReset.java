package org.branchline.routing.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "pbx", name = "route-reset", description = "Gives an extension its default call routes back")
@Service
public class RouteReset extends RoutesCommand {
    @Override
    protected Object data() {
        return callRoutes().reset(extension);
    }
}
