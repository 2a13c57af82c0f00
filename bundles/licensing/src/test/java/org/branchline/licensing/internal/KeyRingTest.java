package org.branchline.licensing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.branchline.api.licensing.Capacity;
import org.branchline.api.licensing.FeatureKey;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.api.licensing.ServerModel;
import org.branchline.licensing.internal.keys.KeyDocument;
import org.branchline.licensing.internal.model.ModelTable;
import org.junit.jupiter.api.Test;

/** The shipped model table (etc/branchline-models.properties) with keys on it. */
class KeyRingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void theModelsHaveTheGuidesBaseCapacities() throws IOException {
        ModelTable table = shipped();
        assertEquals(List.of("6x12", "6x", "24x", "48x"), List.copyOf(table.names()));
        ServerModel m48 = table.model("48x").orElseThrow();
        assertEquals(48, m48.base(Capacity.USERS));
        assertEquals(250, m48.maximum(Capacity.USERS));
        assertEquals(30, m48.base(Capacity.CONFERENCE_SEATS));
        assertEquals(64, m48.base(Capacity.QUEUED_CALLS));
        ServerModel small = table.model("6x12").orElseThrow();
        assertEquals(2, small.maximum(Capacity.GENERIC_SIP_HANDSETS));
        assertTrue(small.unavailable().contains(LicensedFeature.AUTOMATIC_CALL_DISTRIBUTION));
    }

    @Test
    void keysRaiseUsersToTheirCountAndAddHandsets() throws IOException {
        ServerModel m24 = shipped().model("24x").orElseThrow();
        KeyRing ring = ring(m24, key("u", LicensedFeature.USER_EXPANSION, 100, null),
                key("h1", LicensedFeature.GENERIC_SIP_HANDSETS, 5, null),
                key("h2", LicensedFeature.GENERIC_SIP_HANDSETS, 10, null));
        assertEquals(100, ring.limit(Capacity.USERS));
        assertEquals(200, ring.limit(Capacity.EXTENSIONS));
        assertEquals(12 + 15, ring.limit(Capacity.GENERIC_SIP_HANDSETS));
        assertEquals(4, ring.limit(Capacity.CONFERENCE_BRIDGES));
    }

    @Test
    void noKeyRaisesAboveTheModelMaximum() throws IOException {
        ServerModel m6x = shipped().model("6x").orElseThrow();
        KeyRing ring = ring(m6x, key("u", LicensedFeature.USER_EXPANSION, 250, null));
        assertEquals(60, ring.limit(Capacity.USERS));
        assertEquals(120, ring.limit(Capacity.EXTENSIONS));
    }

    @Test
    void anExpiredKeyLicensesNothing() throws IOException {
        ServerModel m48 = shipped().model("48x").orElseThrow();
        KeyRing ring = ring(m48, key("c", LicensedFeature.CONFERENCE_CENTER, 1, TODAY.minusDays(1)),
                key("h", LicensedFeature.GENERIC_SIP_HANDSETS, 5, TODAY));
        assertFalse(ring.licensed(LicensedFeature.CONFERENCE_CENTER));
        assertEquals(17, ring.limit(Capacity.GENERIC_SIP_HANDSETS));
        assertEquals(List.of(FeatureKey.State.EXPIRED, FeatureKey.State.ACTIVE),
                ring.views().stream().map(FeatureKey::state).toList());
    }

    private static KeyRing ring(ServerModel model, KeyDocument... keys) {
        return new KeyRing(model, java.util.Arrays.stream(keys).map(k -> new KeyRing.Installed(k, Instant.EPOCH))
                .toList(), TODAY);
    }

    private static KeyDocument key(String id, LicensedFeature f, int count, LocalDate expires) {
        return new KeyDocument(id, "BL-1", Map.of(f, count), TODAY, expires, new byte[0]);
    }

    static ModelTable shipped() throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of("../../etc/branchline-models.properties"))) {
            return ModelTable.read(in);
        }
    }
}
