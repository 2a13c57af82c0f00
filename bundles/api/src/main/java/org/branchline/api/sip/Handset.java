package org.branchline.api.sip;

import java.util.List;

/**
 * Phone System &gt; Handsets: a generic SIP handset (admin guide §10.3). The password never leaves the server;
 * it is kept only as the digest hashes a phone's answer is checked against.
 */
public record Handset(String loginId, String description, int lines, List<CallAppearance> appearances) {
    public Handset {
        appearances = appearances == null ? List.of() : List.copyOf(appearances);
    }
}
