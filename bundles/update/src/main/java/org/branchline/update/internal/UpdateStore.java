package org.branchline.update.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.branchline.persistence.Transactions;
import org.branchline.update.Update;
import org.branchline.update.internal.store.UpdateEntity;
import org.osgi.framework.Version;

/** The update history in the database. */
final class UpdateStore {
    private final Transactions transactions;

    UpdateStore(Transactions transactions) {
        this.transactions = transactions;
    }

    Update add(String id, String fileName, UpdatePlan plan, Instant requested, Instant activateAt) {
        UpdateEntity e = new UpdateEntity(id, fileName, plan.version().toString(), plan.kind().name(),
                text(plan.features()), Timestamp.from(requested), Timestamp.from(activateAt));
        transactions.run(em -> em.persist(e));
        return view(e);
    }

    Update outcome(String id, String outcome, Instant activated) {
        return transactions.call(em -> {
            UpdateEntity e = em.find(UpdateEntity.class, id);
            e.outcome = outcome.length() > 1000 ? outcome.substring(0, 1000) : outcome;
            e.activated = activated == null ? null : Timestamp.from(activated);
            return view(e);
        });
    }

    List<Update> all() {
        return transactions.call(em -> em.createNamedQuery("Update.all", UpdateEntity.class).getResultList()
                .stream().map(UpdateStore::view).toList());
    }

    Optional<Update> get(String id) {
        return transactions.call(em -> Optional.ofNullable(em.find(UpdateEntity.class, id)).map(UpdateStore::view));
    }

    static Map<String, Version> features(Update u) {
        Map<String, Version> out = new LinkedHashMap<>();
        u.features().forEach((n, v) -> out.put(n, Version.parseVersion(v)));
        return out;
    }

    private static String text(Map<String, Version> features) {
        return features.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("\n"));
    }

    private static Update view(UpdateEntity e) {
        Map<String, String> features = new LinkedHashMap<>();
        Arrays.stream(e.features.split("\n")).filter(l -> !l.isBlank()).map(l -> l.split(" ", 2))
                .forEach(p -> features.put(p[0], p[1]));
        return new Update(e.updateId, e.fileName, e.version, Update.Kind.valueOf(e.kind), features,
                e.requested.toInstant(), e.activateAt.toInstant(),
                e.activated == null ? null : e.activated.toInstant(), e.outcome);
    }
}
