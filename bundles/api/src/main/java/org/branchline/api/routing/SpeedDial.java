package org.branchline.api.routing;

/**
 * A system speed dial (admin guide §18.6).
 *
 * @param number what is dialed, e.g. 350 or *250 (per the internal dial plan)
 * @param dial what the server dials instead: an extension or an outside number
 */
public record SpeedDial(String number, String description, String dial) {
}
