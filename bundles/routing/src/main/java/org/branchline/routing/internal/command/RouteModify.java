package org.branchline.routing.internal.command;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.CallRouteService;
import org.branchline.api.routing.PresenceRoutes;
import org.branchline.api.routing.RouteSet;

@Command(scope = "pbx", name = "route-set", description = "Sets an extension's call route for all callers, e.g. "
        + "route-set --presence in-office 101 \"5100:4,5101:4;101:2 finally=voicemail:101\"")
@Service
public class RouteModify extends RoutesCommand {
    @Option(name = "--presence", multiValued = true,
            description = "Presence whose route this is, repeated, or all (default: every presence the extension has)")
    @Completion(Completers.Presences.class)
    List<String> presences;

    @Option(name = "--on-busy", description = "On-Busy route, same syntax (default: busy is treated as no answer)")
    String onBusy;

    @Argument(index = 1, name = "route", required = true, multiValued = true, description = "Attempts separated by ';' "
            + "(quote them), destinations by ',', each target[:rings] (5xxx station, extension, 9NUMBER or "
            + "follow:NUMBER), then finally=hangup|voicemail:EXT|transfer:EXT")
    List<String> route;

    @Override
    protected Object data() {
        CallRouteService service = callRoutes();
        RouteSet routes = new RouteSet(RouteText.parse("route", String.join(" ", route)),
                onBusy == null ? null : RouteText.parse("on-busy", onBusy));
        return service.setRoutes(extension, presences(service), routes);
    }

    private Set<Presence> presences(CallRouteService service) {
        if (presences != null) {
            return RequestFields.presences("presence", presences);
        }
        return service.routes(extension).presences().stream().map(PresenceRoutes::presence)
                .collect(Collectors.toSet());
    }
}
