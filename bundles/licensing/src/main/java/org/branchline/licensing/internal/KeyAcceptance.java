package org.branchline.licensing.internal;

import java.time.LocalDate;
import java.util.Map;
import org.branchline.api.admin.ConflictException;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.licensing.internal.keys.KeyDocument;
import org.branchline.licensing.internal.keys.VendorSignature;

/** The checks a key passes before it is installed, each refusal worded for the person pasting the key. */
final class KeyAcceptance {
    private static final String FIELD = "key";
    private final VendorSignature vendor;
    private final String serverId;

    KeyAcceptance(VendorSignature vendor, String serverId) {
        this.vendor = vendor;
        this.serverId = serverId;
    }

    KeyDocument accept(String text, KeyRing ring) {
        KeyDocument key = KeyDocument.parse(text);
        if (!vendor.verify(key)) {
            throw new InvalidFieldException(FIELD, "the signature does not match the key's contents: the key was"
                    + " altered after it was issued, or it was not issued by the Branchline key vendor");
        }
        if (!key.serverId().equalsIgnoreCase(serverId)) {
            throw new InvalidFieldException(FIELD, "this key was issued for server " + key.serverId()
                    + "; this server's id is " + serverId + ". Keys work only on the server they were issued for");
        }
        LocalDate today = ring.today();
        if (!key.validOn(today)) {
            throw new InvalidFieldException(FIELD, "this key expired on " + key.expires());
        }
        ring.keys().stream().filter(k -> k.document().id().equals(key.id())).findFirst().ifPresent(k -> {
            throw new ConflictException(FIELD, "key " + key.id() + " is already installed (since "
                    + k.installed() + ")");
        });
        for (Map.Entry<LicensedFeature, Integer> f : key.features().entrySet()) {
            if (ring.model().unavailable().contains(f.getKey())) {
                throw new ConflictException(FIELD, f.getKey().title() + " is not available on the "
                        + ring.model().name());
            }
        }
        return key;
    }
}
