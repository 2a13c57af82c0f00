package org.branchline.sip.internal.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.branchline.sip.internal.handset.AppearanceRecord;
import org.branchline.sip.internal.handset.DigestHash;
import org.junit.jupiter.api.Test;

class DigestVerifierTest {
    private static final String REALM = "branchline";
    private final Nonces nonces = new Nonces(60_000);
    private final AppearanceRecord alice = new AppearanceRecord("5100", "alice-phone", 1, "alice-phone", "alice",
            DigestHash.MD5.ha1("alice-phone", REALM, "secret"), DigestHash.SHA_256.ha1("alice-phone", REALM, "secret"));
    private final DigestVerifier verifier = new DigestVerifier(REALM, nonces,
            login -> Optional.ofNullable(Map.of("alice-phone", alice).get(login)), List.of(DigestHash.values()));

    @Test
    void rfc2617ExampleResponse() {
        // RFC 2617 §3.5: Mufasa / "Circle Of Life" at testrealm@host.com
        DigestCredentials c = new DigestCredentials("Mufasa", "testrealm@host.com",
                "dcd98b7102dd2f0e8b11d0f600bfb0c093", "/dir/index.html", null, null, "0a4f113b", "00000001", "auth");
        String ha1 = DigestHash.MD5.ha1("Mufasa", "testrealm@host.com", "Circle Of Life");
        assertEquals("6629fae49393a05397450978507c4ef1", DigestVerifier.expectedResponse(DigestHash.MD5, ha1, c, "GET"));
    }

    @Test
    void acceptsMd5AndSha256Answers() {
        for (DigestHash hash : DigestHash.values()) {
            DigestCredentials c = answer("alice-phone", "secret", hash, nonces.issue(System.currentTimeMillis()));
            assertInstanceOf(DigestVerifier.Outcome.Accepted.class, verifier.verify(c, "REGISTER", now()));
        }
    }

    @Test
    void wrongPasswordAndUnknownUserAreRejectedAlike() {
        String nonce = nonces.issue(now());
        assertInstanceOf(DigestVerifier.Outcome.Rejected.class,
                verifier.verify(answer("alice-phone", "wrong", DigestHash.MD5, nonce), "REGISTER", now()));
        assertInstanceOf(DigestVerifier.Outcome.Rejected.class,
                verifier.verify(answer("mallory", "secret", DigestHash.MD5, nonce), "REGISTER", now()));
    }

    @Test
    void oldNonceIsStaleAndForgedNonceRejected() {
        String old = nonces.issue(now() - 120_000);
        assertInstanceOf(DigestVerifier.Outcome.Stale.class,
                verifier.verify(answer("alice-phone", "secret", DigestHash.MD5, old), "REGISTER", now()));
        String forged = Long.toHexString(now()) + ".00000000000000000000000000000000";
        assertInstanceOf(DigestVerifier.Outcome.Rejected.class,
                verifier.verify(answer("alice-phone", "secret", DigestHash.MD5, forged), "REGISTER", now()));
    }

    @Test
    void otherRealmOrAlgorithmRejected() {
        String nonce = nonces.issue(now());
        DigestCredentials c = answer("alice-phone", "secret", DigestHash.MD5, nonce);
        DigestCredentials otherRealm = new DigestCredentials(c.username(), "elsewhere", c.nonce(), c.uri(),
                c.response(), c.algorithm(), c.cnonce(), c.nc(), c.qop());
        DigestCredentials sha512 = new DigestCredentials(c.username(), c.realm(), c.nonce(), c.uri(), c.response(),
                "SHA-512-256", c.cnonce(), c.nc(), c.qop());
        assertInstanceOf(DigestVerifier.Outcome.Rejected.class, verifier.verify(otherRealm, "REGISTER", now()));
        assertInstanceOf(DigestVerifier.Outcome.Rejected.class, verifier.verify(sha512, "REGISTER", now()));
    }

    @Test
    void anAlgorithmNotOfferedIsRejected() {
        DigestVerifier md5Only = new DigestVerifier(REALM, nonces, login -> Optional.of(alice), List.of(DigestHash.MD5));
        DigestCredentials c = answer("alice-phone", "secret", DigestHash.SHA_256, nonces.issue(now()));
        assertInstanceOf(DigestVerifier.Outcome.Rejected.class, md5Only.verify(c, "REGISTER", now()));
        assertEquals(List.of(DigestHash.SHA_256, DigestHash.MD5), DigestHash.list("SHA-256, MD5"));
    }

    private static DigestCredentials answer(String user, String password, DigestHash hash, String nonce) {
        DigestCredentials c = new DigestCredentials(user, REALM, nonce, "sip:127.0.0.1", null, hash.token(),
                "c0ffee", "00000001", "auth");
        String response = DigestVerifier.expectedResponse(hash, hash.ha1(user, REALM, password), c, "REGISTER");
        return new DigestCredentials(user, REALM, nonce, c.uri(), response, hash.token(), c.cnonce(), c.nc(), c.qop());
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
