package org.branchline.routing.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.CallParkService;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.CallRouteService;
import org.branchline.api.routing.ExtensionRoutes;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.PresenceRoutes;
import org.branchline.api.routing.RouteSet;
import org.junit.jupiter.api.Test;

/** The pbx:* commands of call routing, with the services faked. */
class RoutingCommandsTest {
    @Test
    void callParkChangesOnlyWhatIsGiven() {
        CallParkSettings[] stored = {new CallParkSettings(600, "100")};
        CallPark command = new CallPark();
        command.callPark = new CallParkService() {
            @Override
            public CallParkSettings get() {
                return stored[0];
            }

            @Override
            public CallParkSettings update(CallParkSettings settings) {
                return stored[0] = settings;
            }
        };
        assertEquals(new CallParkSettings(600, "100"), command.data());
        command.timeout = 120;
        assertEquals(new CallParkSettings(120, "100"), command.data());
        command.timeout = null;
        command.timeoutExtension = "none";
        assertEquals(new CallParkSettings(120, null), command.data());
    }

    @Test
    void routeSetDefaultsToEveryPresenceTheExtensionHas() {
        List<Object[]> set = new ArrayList<>();
        RouteModify command = new RouteModify();
        command.callRoutes = routes(set, Presence.IN_OFFICE);
        command.extension = "100";
        command.route = List.of("101:2", "finally=hangup");
        command.data();
        assertEquals(EnumSet.of(Presence.IN_OFFICE), set.get(0)[1]);
        assertEquals(new RouteSet(RouteText.parse("route", "101:2 finally=hangup"), null), set.get(0)[2]);
        command.presences = List.of("all");
        command.onBusy = "finally=voicemail:101";
        command.data();
        assertEquals(EnumSet.allOf(Presence.class), set.get(1)[1]);
        assertEquals(RouteText.parse("on-busy", "finally=voicemail:101"), ((RouteSet) set.get(1)[2]).onBusy());
    }

    /** A call route service whose extension has the routes of {@code presence}, recording setRoutes. */
    private static CallRouteService routes(List<Object[]> set, Presence presence) {
        ExtensionRoutes routes = new ExtensionRoutes("100", ExtensionKind.SYSTEM, List.of(new PresenceRoutes(presence,
                new RouteSet(new CallRoute(List.of(), FinalAction.hangUp()), null), List.of())));
        return (CallRouteService) Proxy.newProxyInstance(CallRouteService.class.getClassLoader(),
                new Class<?>[] {CallRouteService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setRoutes")) {
                        set.add(args);
                    }
                    return routes;
                });
    }
}
