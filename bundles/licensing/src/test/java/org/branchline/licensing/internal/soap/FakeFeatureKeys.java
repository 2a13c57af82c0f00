package org.branchline.licensing.internal.soap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.branchline.api.admin.ConflictException;
import org.branchline.api.admin.NotFoundException;
import org.branchline.api.licensing.FeatureKey;
import org.branchline.api.licensing.FeatureKeyService;
import org.branchline.api.licensing.FeatureLicense;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.api.licensing.ServerIdentity;

/** In-memory feature keys for the SOAP door's tests: a key's text is its id, refusals as the real ones. */
final class FakeFeatureKeys implements FeatureKeyService {
    final List<FeatureKey> installed = new ArrayList<>();

    @Override
    public ServerIdentity identity() {
        return new ServerIdentity("BL-7F3A-91C2-0D4E", "24x", "1.2.0");
    }

    @Override
    public FeatureKey install(String keyText) {
        if (installed.stream().anyMatch(k -> k.id().equals(keyText))) {
            throw new ConflictException("key", "key " + keyText + " is already installed");
        }
        FeatureKey key = new FeatureKey(keyText, "BL-7F3A-91C2-0D4E", Map.of(LicensedFeature.CONFERENCE_CENTER, 1,
                LicensedFeature.GENERIC_SIP_HANDSETS, 10), LocalDate.parse("2026-11-23"), null,
                Instant.parse("2026-11-23T10:00:00Z"), FeatureKey.State.ACTIVE);
        installed.add(key);
        return key;
    }

    @Override
    public List<FeatureKey> keys() {
        return List.copyOf(installed);
    }

    @Override
    public List<FeatureLicense> licenses() {
        return List.of(new FeatureLicense(LicensedFeature.GENERIC_SIP_HANDSETS, true, 10, 15, 3, true),
                new FeatureLicense(LicensedFeature.VPN, false, 0, 0, -1, true));
    }

    @Override
    public void remove(String keyId) {
        if (!installed.removeIf(k -> k.id().equals(keyId))) {
            throw new NotFoundException("feature key", keyId);
        }
    }
}
