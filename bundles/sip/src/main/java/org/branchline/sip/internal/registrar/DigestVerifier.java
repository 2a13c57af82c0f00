package org.branchline.sip.internal.registrar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.branchline.sip.internal.handset.AppearanceRecord;
import org.branchline.sip.internal.handset.DigestHash;

/**
 * Checks a digest answer (RFC 3261 §22, RFC 7616 with qop=auth, RFC 8760 for SHA-256). An unknown user is checked
 * against a made-up hash, so it costs and answers the same as a wrong password.
 */
public class DigestVerifier {
    public sealed interface Outcome {
        record Accepted(AppearanceRecord appearance) implements Outcome {
        }

        /** A nonce this server issued but too old: challenge again with stale=true, not a failure. */
        record Stale() implements Outcome {
        }

        record Rejected() implements Outcome {
        }
    }

    private final String realm;
    private final Nonces nonces;
    private final Function<String, Optional<AppearanceRecord>> lookup;
    private final List<DigestHash> accepted;

    public DigestVerifier(String realm, Nonces nonces, Function<String, Optional<AppearanceRecord>> lookup,
            List<DigestHash> accepted) {
        this.realm = realm;
        this.nonces = nonces;
        this.lookup = lookup;
        this.accepted = List.copyOf(accepted);
    }

    public Outcome verify(DigestCredentials c, String method, long now) {
        Optional<DigestHash> hash = DigestHash.of(c.algorithm());
        if (hash.isEmpty() || !accepted.contains(hash.get()) || c.username() == null || c.response() == null || !realm.equals(c.realm())) {
            return new Outcome.Rejected();
        }
        Nonces.Check nonce = nonces.check(c.nonce(), now);
        if (nonce == Nonces.Check.FORGED) {
            return new Outcome.Rejected();
        }
        Optional<AppearanceRecord> appearance = lookup.apply(c.username());
        String ha1 = appearance.map(a -> a.ha1(hash.get()))
                .orElseGet(() -> hash.get().ha1(c.username(), realm, "\u0000no such user"));
        String expected = expectedResponse(hash.get(), ha1, c, method);
        boolean match = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                c.response().toLowerCase().getBytes(StandardCharsets.US_ASCII));
        if (!match || appearance.isEmpty()) {
            return new Outcome.Rejected();
        }
        return nonce == Nonces.Check.STALE ? new Outcome.Stale() : new Outcome.Accepted(appearance.get());
    }

    static String expectedResponse(DigestHash hash, String ha1, DigestCredentials c, String method) {
        String ha2 = hash.hex(method + ":" + c.uri());
        if (c.qop() == null || c.qop().isEmpty()) {
            return hash.hex(ha1 + ":" + c.nonce() + ":" + ha2);
        }
        return hash.hex(ha1 + ":" + c.nonce() + ":" + c.nc() + ":" + c.cnonce() + ":" + c.qop() + ":" + ha2);
    }
}
