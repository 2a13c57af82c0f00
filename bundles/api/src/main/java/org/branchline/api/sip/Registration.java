package org.branchline.api.sip;

import java.time.Instant;

/**
 * One registered contact of a call appearance.
 *
 * @param source where the REGISTER came from, as transport:address:port (what NAT handling sends to)
 */
public record Registration(String loginId, String userId, String contact, String source, Instant expires,
        String userAgent) {
}
