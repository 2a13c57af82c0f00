package org.branchline.admin.internal;

import java.util.function.Supplier;
import org.branchline.api.admin.FeatureNotInstalledException;
import org.branchline.api.routing.CallParkService;
import org.branchline.api.routing.CallRouteService;
import org.branchline.api.routing.SpeedDialService;

/** The services of call routing (feature branchline-routing), each asked for on every call. */
public record CallRoutingServices(OptionalService<CallRouteService> callRoutes,
        OptionalService<SpeedDialService> speedDials, OptionalService<CallParkService> callPark) {

    static CallRoutingServices of(Supplier<CallRouteService> callRoutes, Supplier<SpeedDialService> speedDials,
            Supplier<CallParkService> callPark) {
        return new CallRoutingServices(optional(callRoutes), optional(speedDials), optional(callPark));
    }

    private static <S> OptionalService<S> optional(Supplier<S> service) {
        return new OptionalService<>(service, FeatureNotInstalledException::callRouting);
    }
}
