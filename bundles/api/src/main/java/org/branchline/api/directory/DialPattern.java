package org.branchline.api.directory;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One dialing pattern the plan reserves: {@code pattern} uses digits, '*', 'x' for any digit, [a-b] for a
 * digit range and a trailing '.' for "more digits follow" (e.g. "9." for outside lines).
 */
@Schema(name = "DialPattern",
        description = "One dialing pattern the internal dial plan reserves (admin guide §7.2).",
        requiredProperties = {"function", "pattern", "use"})
public record DialPattern(
        DialPlanFunction function,
        @Schema(description = "Digits, '*', 'x' for any digit, [a-b] for a digit range and a trailing '.' for \"more "
                + "digits follow\".", example = "9.")
        String pattern,
        @Schema(description = "What dialing the pattern does, in the guide's words.", example = "call park")
        String use) {
}
