package org.branchline.sip;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Phone System &gt; Handsets: a generic SIP handset (admin guide §10.3). The password never leaves the server;
 * it is kept only as the digest hashes a phone's answer is checked against.
 */
@Schema(name = "Handset",
        description = "A generic SIP handset (Phone System > Handsets). The password is never shown.",
        requiredProperties = {"login-id", "description", "lines", "appearances"})
public record Handset(
        @Schema(description = "The Login ID line 1 authenticates with (digest username).", example = "alice-phone")
        String loginId,
        @Schema(description = "Description.") String description,
        @Schema(description = "Number of Lines: call appearances, 1 to 24.", example = "2", minimum = "1",
                maximum = "24")
        int lines,
        @Schema(description = "Its call appearances, line 1 first.") List<CallAppearance> appearances) {
    public Handset {
        appearances = appearances == null ? List.of() : List.copyOf(appearances);
    }
}
