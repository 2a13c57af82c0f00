package org.branchline.api.routing;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which callers a caller-ID route takes (admin guide §18.2).
 *
 * @param internal true: {@code pattern} is the login name of the calling user; false: an outside number in
 *     which '*' stands for any digits
 */
@Schema(name = "CallerIdMatch", description = "Which callers a caller-ID route takes.",
        requiredProperties = {"internal", "pattern"})
public record CallerIdMatch(
        @Schema(description = "true: pattern is the login name of the calling user; false: an outside number in "
                + "which '*' stands for any digits.")
        boolean internal,
        @Schema(description = "A login name or a number pattern.", example = "bob") String pattern) {
}
