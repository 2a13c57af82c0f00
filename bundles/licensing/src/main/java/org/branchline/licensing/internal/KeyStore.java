package org.branchline.licensing.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.branchline.licensing.internal.KeyRing.Installed;
import org.branchline.licensing.internal.keys.KeyDocument;
import org.branchline.licensing.internal.store.FeatureKeyEntity;
import org.branchline.licensing.internal.store.ServerEntity;
import org.branchline.persistence.Transactions;

/** The server id and the installed keys, in the database; a key's install is committed before it is reported. */
final class KeyStore {
    private final Transactions transactions;

    KeyStore(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The server id, created on the first start as "BL-XXXX-XXXX-XXXX" (48 random bits). */
    String serverId() {
        return transactions.call(em -> {
            ServerEntity server = em.find(ServerEntity.class, ServerEntity.SINGLETON);
            if (server == null) {
                server = new ServerEntity(newServerId(), Timestamp.from(Instant.now()));
                em.persist(server);
            }
            return server.serverId;
        });
    }

    List<Installed> keys() {
        return transactions.call(em -> em.createNamedQuery("FeatureKey.all", FeatureKeyEntity.class)
                .getResultList().stream()
                .map(k -> new Installed(KeyDocument.parse(k.document), k.installedAt.toInstant())).toList());
    }

    Installed add(KeyDocument key) {
        Instant now = Instant.now();
        transactions.run(em -> em.persist(new FeatureKeyEntity(key.id(), key.format(), Timestamp.from(now))));
        return new Installed(key, now);
    }

    boolean remove(String keyId) {
        return transactions.call(em -> {
            FeatureKeyEntity k = em.find(FeatureKeyEntity.class, keyId);
            if (k != null) {
                em.remove(k);
            }
            return k != null;
        });
    }

    private static String newServerId() {
        byte[] bits = new byte[6];
        new SecureRandom().nextBytes(bits);
        String hex = HexFormat.of().formatHex(bits).toUpperCase(Locale.ROOT);
        return "BL-" + hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12);
    }
}
