package org.branchline.itest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.LocalDate;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * Feature keys as the vendor issues them, signed with the development vendor key (its path in the system
 * property {@value #PRIVATE_KEY}). Written here from the key format, not with the licensing bundle's code, so
 * the test checks the format too.
 */
final class TestKeys {
    static final String PRIVATE_KEY = "branchline.itest.vendorPrivateKey";

    private TestKeys() {
    }

    /** A key for {@code server}; features are "CONFERENCE_CENTER" or "GENERIC_SIP_HANDSETS 5". */
    static String key(String id, String server, LocalDate expires, String... features) throws Exception {
        StringBuilder signed = new StringBuilder("Key-Id: " + id + "\nServer-Id: " + server);
        for (String f : features) {
            signed.append("\nFeature: ").append(f);
        }
        signed.append("\nIssued: ").append(LocalDate.now().minusDays(10));
        if (expires != null) {
            signed.append("\nExpires: ").append(expires);
        }
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(privateKey());
        s.update(signed.toString().getBytes(StandardCharsets.UTF_8));
        return "-----BEGIN BRANCHLINE FEATURE KEY-----\n" + signed + "\nSignature: "
                + Base64.getEncoder().encodeToString(s.sign()) + "\n-----END BRANCHLINE FEATURE KEY-----\n";
    }

    private static PrivateKey privateKey() throws Exception {
        String text = Files.readAllLines(Path.of(System.getProperty(PRIVATE_KEY))).stream()
                .filter(l -> !l.startsWith("#")).collect(Collectors.joining());
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
    }
}
