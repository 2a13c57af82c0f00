package org.branchline.api.routing;

/**
 * The primary route and the On-Busy route of a presence (admin guide §18.1.4).
 *
 * @param onBusy null when busy is treated as no answer (the default)
 */
public record RouteSet(CallRoute primary, CallRoute onBusy) {
}
