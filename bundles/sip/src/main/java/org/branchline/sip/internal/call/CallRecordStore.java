package org.branchline.sip.internal.call;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.persistence.EntityManagerFactory;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.calls.CallRecord;
import org.branchline.api.calls.CallRecordService;
import org.branchline.api.security.AccessControl;
import org.branchline.api.security.Permission;
import org.branchline.persistence.Transactions;
import org.branchline.sip.internal.store.CallRecordEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Call detail records: written one by one on a thread of their own, so a call never waits for the database. */
@Component(service = {CallRecordService.class, CallRecorder.class})
public class CallRecordStore implements CallRecordService, CallRecorder {
    private static final Logger LOG = Logger.getLogger(CallRecordStore.class.getName());
    private final Transactions transactions;
    private final AccessControl access;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "branchline-cdr"));

    @Activate
    public CallRecordStore(@Reference(target = "(osgi.unit.name=branchline-sip)") EntityManagerFactory factory,
            @Reference AccessControl access, @Reference org.branchline.api.sip.HandsetService schemaReady) {
        this.transactions = new Transactions(factory);
        this.access = access;
    }

    @Deactivate
    void stop() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Override
    public void record(CallRecord record) {
        writer.execute(() -> {
            try {
                transactions.run(em -> em.persist(entity(record)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not write the call record of " + record.callId(), e);
            }
        });
    }

    @Override
    public List<CallRecord> list(Instant since, int limit) {
        access.require(Permission.VIEW_REPORTS);
        if (limit < 1 || limit > 1000) {
            throw new InvalidFieldException("limit", "must be 1-1000");
        }
        Timestamp from = Timestamp.from(since == null ? Instant.EPOCH : since);
        return transactions.call(em -> em.createNamedQuery("CallRecord.since", CallRecordEntity.class)
                .setParameter("since", from).setMaxResults(limit).getResultList().stream()
                .map(CallRecordStore::view).toList());
    }

    private static CallRecordEntity entity(CallRecord r) {
        CallRecordEntity e = new CallRecordEntity();
        e.callId = r.callId();
        e.started = Timestamp.from(r.started());
        e.answered = r.answered() == null ? null : Timestamp.from(r.answered());
        e.ended = Timestamp.from(r.ended());
        e.from = r.from();
        e.to = r.to();
        e.answeredBy = r.answeredBy();
        e.disposition = r.disposition().name();
        e.route = r.route().length() > 256 ? r.route().substring(0, 256) : r.route();
        return e;
    }

    private static CallRecord view(CallRecordEntity e) {
        return new CallRecord(e.id, e.callId, e.started.toInstant(),
                e.answered == null ? null : e.answered.toInstant(), e.ended.toInstant(), e.from, e.to,
                e.answeredBy, CallDisposition.valueOf(e.disposition), e.route);
    }
}
