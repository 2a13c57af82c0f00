package org.branchline.api.routing;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Phone System &gt; Call Park (admin guide §29.1).
 *
 * @param timeoutSeconds 10 to 3600, default 600
 * @param timeoutExtension the extension a call that timed out is transferred to; null: back to the call
 *     appearance that parked it
 */
@Schema(name = "CallParkSettings", description = "Phone System > Call Park.",
        requiredProperties = {"timeout-seconds", "timeout-extension"})
public record CallParkSettings(
        @Schema(description = "Seconds a call stays parked.", example = "600", minimum = "10", maximum = "3600")
        int timeoutSeconds,
        @Schema(description = "Where a call that timed out goes; null: back to the call appearance that parked it.",
                example = "100", nullable = true)
        String timeoutExtension) {
    public static final int DEFAULT_TIMEOUT = 600;
    public static final int MIN_TIMEOUT = 10;
    public static final int MAX_TIMEOUT = 3600;
}
