package org.branchline.routing.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "pbx", name = "route-show",
        description = "Shows an extension's call routes per presence (View Call Routes, admin guide §18)")
@Service
public class RouteShow extends RoutesCommand {
    @Override
    protected Object data() {
        return callRoutes().routes(extension);
    }
}
