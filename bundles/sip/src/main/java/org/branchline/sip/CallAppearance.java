package org.branchline.sip;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One line of a handset (admin guide §11.2): an address of its own in call routes. The phone registers the
 * line as {@code userId} (the internal station number, e.g. 5101) and authenticates as {@code loginId}; the
 * first line uses the handset's Login ID, further lines their own station number.
 *
 * @param owner the login name of the user whose calls this appearance carries, or null
 */
@Schema(name = "CallAppearance", description = "One line of a handset: an address of its own in call routes.",
        requiredProperties = {"line", "user-id", "login-id", "owner"})
public record CallAppearance(
        @Schema(description = "1 to the handset's Number of Lines.", example = "1") int line,
        @Schema(description = "The internal station number (5100-5999) the line registers as.", example = "5100")
        String userId,
        @Schema(description = "What the line authenticates as: the handset's Login ID for line 1, the station number "
                + "for the others.", example = "alice-phone")
        String loginId,
        @Schema(description = "The login name of the user whose calls this appearance carries, or null.",
                example = "alice", nullable = true)
        String owner) {
}
