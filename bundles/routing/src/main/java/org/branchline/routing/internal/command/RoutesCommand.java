package org.branchline.routing.internal.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.CallRouteService;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.ExtensionRoutes;
import org.branchline.api.routing.PresenceRoutes;
import org.branchline.api.routing.RouteSet;
import org.branchline.shell.PbxCommand;

/** The pbx:route-* commands: they work on one extension and print its call routes as route text. */
public abstract class RoutesCommand extends PbxCommand {
    @Reference
    CallRouteService callRoutes;

    @Argument(index = 0, name = "extension", required = true, description = "Extension number")
    @Completion(Completers.Extensions.class)
    String extension;

    CallRouteService callRoutes() {
        return callRoutes;
    }

    @Override
    protected void printTable(Object data) {
        ExtensionRoutes routes = (ExtensionRoutes) data;
        System.out.println("Extension " + routes.extension() + " (" + routes.kind().name().toLowerCase() + ")");
        ShellTable table = table("Presence", "Callers", "Route", "On busy");
        for (PresenceRoutes p : routes.presences()) {
            addRow(table, p.presence().title(), "all", p.routes());
            p.callerIdRoutes().forEach(c -> addRow(table, "", callers(c.match()), c.routes()));
        }
        table.print(System.out);
    }

    private static void addRow(ShellTable table, String presence, String callers, RouteSet routes) {
        table.addRow().addContent(presence, callers, text(routes.primary()), text(routes.onBusy()));
    }

    private static String text(CallRoute route) {
        return route == null ? "" : RouteText.format(route);
    }

    private static String callers(CallerIdMatch match) {
        return (match.internal() ? "user " : "number ") + match.pattern();
    }
}
