package org.branchline.sip.internal.registrar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless digest nonces: a timestamp and its HMAC under a key made at start, so any nonce this server issued
 * in the last {@code lifetime} is accepted without keeping a table.
 */
public class Nonces {
    public enum Check { VALID, STALE, FORGED }

    private final SecretKeySpec key;
    private final long lifetimeMillis;

    public Nonces(long lifetimeMillis) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.lifetimeMillis = lifetimeMillis;
    }

    public String issue(long now) {
        String ts = Long.toHexString(now);
        return ts + "." + mac(ts);
    }

    public Check check(String nonce, long now) {
        int dot = nonce == null ? -1 : nonce.indexOf('.');
        if (dot <= 0) {
            return Check.FORGED;
        }
        String ts = nonce.substring(0, dot);
        byte[] expected = mac(ts).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, nonce.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Check.FORGED;
        }
        try {
            long issued = Long.parseLong(ts, 16);
            return now - issued <= lifetimeMillis && issued <= now + 1000 ? Check.VALID : Check.STALE;
        } catch (NumberFormatException e) {
            return Check.FORGED;
        }
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
