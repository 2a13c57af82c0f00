package org.branchline.licensing.internal.keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 over a key's signed text. The distribution carries only the vendor's public key
 * ({@code vendor-public.key} in this bundle); the private key stays with the vendor tool.
 */
public final class VendorSignature {
    public static final String ALGORITHM = "Ed25519";
    public static final String PUBLIC_KEY_RESOURCE = "vendor-public.key";

    private final PublicKey publicKey;

    public VendorSignature(PublicKey publicKey) {
        this.publicKey = publicKey;
    }

    /** The public key shipped in this bundle. */
    public static VendorSignature shipped() {
        try (InputStream in = VendorSignature.class.getClassLoader().getResourceAsStream(PUBLIC_KEY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(PUBLIC_KEY_RESOURCE + " is missing from the licensing bundle");
            }
            return new VendorSignature(publicKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + PUBLIC_KEY_RESOURCE, e);
        }
    }

    public boolean verify(KeyDocument key) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(publicKey);
            s.update(key.signedText().getBytes(StandardCharsets.UTF_8));
            return s.verify(key.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public static KeyDocument sign(KeyDocument key, PrivateKey privateKey) throws GeneralSecurityException {
        Signature s = Signature.getInstance(ALGORITHM);
        s.initSign(privateKey);
        s.update(key.signedText().getBytes(StandardCharsets.UTF_8));
        return key.signed(s.sign());
    }

    /** A public key written as base64 X.509 (lines starting with '#' are comments). */
    public static PublicKey publicKey(String text) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(decode(text)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /** A private key written as base64 PKCS#8 (lines starting with '#' are comments). */
    public static PrivateKey privateKey(String text) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(decode(text)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
    }

    private static byte[] decode(String text) {
        StringBuilder b = new StringBuilder();
        text.lines().map(String::strip).filter(l -> !l.startsWith("#")).forEach(b::append);
        return Base64.getDecoder().decode(b.toString());
    }
}
