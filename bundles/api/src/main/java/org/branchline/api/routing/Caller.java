package org.branchline.api.routing;

/**
 * Who places a call, as the call engine knows it.
 *
 * @param userId the station number of the calling call appearance (internal callers), else null
 * @param owner the login name of that appearance's owner, or null
 * @param number the caller-ID number: the owner's extension, the station number, or an outside number
 */
public record Caller(String userId, String owner, String number, String name, boolean internal) {
}
