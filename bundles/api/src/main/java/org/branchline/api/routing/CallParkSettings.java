package org.branchline.api.routing;

/**
 * Phone System &gt; Call Park (admin guide §29.1).
 *
 * @param timeoutSeconds 10 to 3600, default 600
 * @param timeoutExtension the extension a call that timed out is transferred to; null: back to the call
 *     appearance that parked it
 */
public record CallParkSettings(int timeoutSeconds, String timeoutExtension) {
    public static final int DEFAULT_TIMEOUT = 600;
    public static final int MIN_TIMEOUT = 10;
    public static final int MAX_TIMEOUT = 3600;
}
