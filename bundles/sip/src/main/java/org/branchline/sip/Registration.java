package org.branchline.sip;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * One registered contact of a call appearance.
 *
 * @param source where the REGISTER came from, as transport:address:port (what NAT handling sends to)
 */
@Schema(name = "Registration", description = "One registered contact of a call appearance.",
        requiredProperties = {"login-id", "user-id", "contact", "source", "expires", "user-agent"})
public record Registration(
        @Schema(description = "The Login ID the line authenticated as.", example = "alice-phone") String loginId,
        @Schema(description = "The line's station number.", example = "5100") String userId,
        @Schema(description = "The registered Contact URI.", example = "sip:5100@192.0.2.7:5062") String contact,
        @Schema(description = "Where the REGISTER came from, transport:address:port (what NAT handling sends to).",
                example = "udp:192.0.2.7:5062")
        String source,
        @Schema(description = "When the registration runs out.", example = "2026-11-23T10:00:00Z") Instant expires,
        @Schema(description = "The phone's User-Agent header, or null.", example = "baresip", nullable = true)
        String userAgent) {
}
