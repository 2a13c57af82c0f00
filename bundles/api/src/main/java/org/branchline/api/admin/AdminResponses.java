package org.branchline.api.admin;

/**
 * For the OpenAPI annotations of every subsystem's REST resources: the shared error responses the admin host
 * declares (a refusal is always {"error": "...", "field": "..."}), by reference.
 */
public final class AdminResponses {
    public static final String BAD_REQUEST = "#/components/responses/BadRequest";
    public static final String UNAUTHORIZED = "#/components/responses/Unauthorized";
    public static final String FORBIDDEN = "#/components/responses/Forbidden";
    public static final String NOT_FOUND = "#/components/responses/NotFound";
    public static final String CONFLICT = "#/components/responses/Conflict";
    public static final String TOO_MANY_REQUESTS = "#/components/responses/TooManyRequests";
    public static final String FEATURE_NOT_INSTALLED = "#/components/responses/FeatureNotInstalled";
    public static final String NO_BODY = "Done; no body.";

    private AdminResponses() {
    }
}
