package org.branchline.api.routing;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "CallerIdRoute", description = "Routes for some callers.", requiredProperties = {"match", "routes"})
public record CallerIdRoute(
        CallerIdMatch match,
        RouteSet routes) {
}
