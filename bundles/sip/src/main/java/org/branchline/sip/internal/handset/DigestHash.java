package org.branchline.sip.internal.handset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hex digests of RFC 7616/8760: MD5 and SHA-256. */
public enum DigestHash {
    MD5("MD5", "MD5"),
    SHA_256("SHA-256", "SHA-256");

    private final String token;
    private final String jca;

    DigestHash(String token, String jca) {
        this.token = token;
        this.jca = jca;
    }

    /** The algorithm token of the WWW-Authenticate header. */
    public String token() {
        return token;
    }

    public String hex(String text) {
        try {
            byte[] d = MessageDigest.getInstance(jca).digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jca + " missing from the JDK", e);
        }
    }

    public String ha1(String username, String realm, String password) {
        return hex(username + ":" + realm + ":" + password);
    }

    /** A comma-separated list of algorithm tokens, e.g. "SHA-256, MD5"; an unknown token is refused. */
    public static java.util.List<DigestHash> list(String tokens) {
        java.util.List<DigestHash> out = new java.util.ArrayList<>();
        for (String t : tokens.split(",")) {
            if (!t.isBlank()) {
                out.add(DigestHash.of(t.trim())
                        .orElseThrow(() -> new IllegalArgumentException("digestAlgorithms: unknown " + t.trim())));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("digestAlgorithms: name MD5 and/or SHA-256");
        }
        return out;
    }

    /** MD5 for a missing algorithm parameter; empty for one this server does not offer. */
    public static java.util.Optional<DigestHash> of(String token) {
        if (token == null || token.isEmpty()) {
            return java.util.Optional.of(MD5);
        }
        for (DigestHash h : values()) {
            if (h.token.equalsIgnoreCase(token)) {
                return java.util.Optional.of(h);
            }
        }
        return java.util.Optional.empty();
    }
}
