package org.branchline.api.routing;

public record CallerIdRoute(CallerIdMatch match, RouteSet routes) {
}
