package org.branchline.licensing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.branchline.api.admin.AdminException;
import org.branchline.api.admin.ConflictException;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.licensing.Capacity;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.api.licensing.ServerModel;
import org.branchline.licensing.internal.keys.KeyDocument;
import org.branchline.licensing.internal.keys.VendorSignature;
import org.junit.jupiter.api.Test;

class KeyAcceptanceTest {
    private static final String SERVER = "BL-0001-0002-0003";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ServerModel SMALL = new ServerModel("6x12", Map.of(Capacity.USERS, 12), Map.of(),
            java.util.Set.of(LicensedFeature.AUTOMATIC_CALL_DISTRIBUTION));
    private final KeyPair vendor = pair();
    private final KeyAcceptance acceptance = new KeyAcceptance(new VendorSignature(vendor.getPublic()), SERVER);
    private final KeyRing empty = new KeyRing(SMALL, List.of(), TODAY);

    @Test
    void acceptsAKeySignedForThisServer() throws Exception {
        KeyDocument key = acceptance.accept(key("k1", SERVER, LicensedFeature.CONFERENCE_CENTER, null).format(), empty);
        assertEquals("k1", key.id());
        assertEquals(Map.of(LicensedFeature.CONFERENCE_CENTER, 1), key.features());
    }

    @Test
    void refusesAKeyForAnotherServer() throws Exception {
        String reason = refusal(key("k1", "BL-9999-9999-9999", LicensedFeature.CONFERENCE_CENTER, null).format(), empty);
        assertTrue(reason.contains("issued for server BL-9999-9999-9999") && reason.contains(SERVER), reason);
    }

    @Test
    void refusesATamperedKey() throws Exception {
        String text = key("k1", SERVER, LicensedFeature.GENERIC_SIP_HANDSETS, null).format()
                .replace("GENERIC_SIP_HANDSETS 5", "GENERIC_SIP_HANDSETS 500");
        assertTrue(refusal(text, empty).contains("altered"));
    }

    @Test
    void refusesAnExpiredKey() throws Exception {
        String reason = refusal(key("k1", SERVER, LicensedFeature.CONFERENCE_CENTER, TODAY.minusDays(1)).format(), empty);
        assertTrue(reason.contains("expired on 2026-11-22"), reason);
    }

    @Test
    void refusesADuplicate() throws Exception {
        KeyDocument key = key("k1", SERVER, LicensedFeature.CONFERENCE_CENTER, null);
        KeyRing ring = new KeyRing(SMALL, List.of(new KeyRing.Installed(key, Instant.EPOCH)), TODAY);
        assertThrows(ConflictException.class, () -> acceptance.accept(key.format(), ring));
    }

    @Test
    void refusesAFeatureTheModelCannotTake() throws Exception {
        String reason = refusal(key("k1", SERVER, LicensedFeature.AUTOMATIC_CALL_DISTRIBUTION, null).format(), empty);
        assertTrue(reason.contains("not available on the 6x12"), reason);
    }

    @Test
    void refusesTextThatIsNoKey() {
        assertThrows(InvalidFieldException.class, () -> acceptance.accept("hello", empty));
        assertThrows(InvalidFieldException.class, () -> acceptance.accept(KeyDocument.BEGIN + "\nKey-Id: x\n"
                + KeyDocument.END, empty));
    }

    private String refusal(String text, KeyRing ring) {
        return assertThrows(AdminException.class, () -> acceptance.accept(text, ring)).getMessage();
    }

    private KeyDocument key(String id, String server, LicensedFeature f, LocalDate expires)
            throws GeneralSecurityException {
        int count = f.counted() ? 5 : 1;
        return VendorSignature.sign(new KeyDocument(id, server, Map.of(f, count), TODAY.minusDays(30), expires,
                new byte[0]), vendor.getPrivate());
    }

    private static KeyPair pair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
