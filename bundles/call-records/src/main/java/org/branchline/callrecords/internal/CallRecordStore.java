package org.branchline.callrecords.internal;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.calls.CallEvent;
import org.branchline.api.calls.CallEventListener;
import org.branchline.api.calls.CallRecord;
import org.branchline.api.calls.CallRecordService;
import org.branchline.api.security.AccessControl;
import org.branchline.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Reports &gt; call detail records: one per call, made from the call's events and written when it ends, on a
 * thread of its own so that the call core never waits for the database. A record is written at most
 * {@link #WRITE_DELAY} after its call ended, together with every record that ended meanwhile, in one transaction:
 * the database commits a few times a second however many calls end.
 */
@Component(service = {CallRecordService.class, CallEventListener.class})
public class CallRecordStore implements CallRecordService, CallEventListener {
    private static final Logger LOG = Logger.getLogger(CallRecordStore.class.getName());
    /** A call heard of but never ended (its SIP core stopped meanwhile) is forgotten after this long. */
    static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);
    static final Duration WRITE_DELAY = Duration.ofMillis(250);

    private final Transactions transactions;
    private final AccessControl access;
    private final Map<String, OpenRecord> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "branchline-cdr"));
    private final BlockingQueue<CallRecord> pending = new LinkedBlockingQueue<>();
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    private Instant lastSweep = Instant.now();

    @Activate
    public CallRecordStore(@Reference(target = "(osgi.unit.name=branchline-call-records)") EntityManagerFactory factory,
            @Reference(target = "(osgi.jndi.service.name=branchline)") DataSource dataSource,
            @Reference AccessControl access) throws SQLException {
        int version = CallRecordSchema.prepare(dataSource);
        this.transactions = new Transactions(factory);
        this.access = access;
        LOG.info("Started call records, schema version " + version);
    }

    @Deactivate
    void stop() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
        writePending();
    }

    @Override
    public void callEvent(CallEvent event) {
        if (event.kind() == CallEvent.Kind.ENDED) {
            OpenRecord record = open.remove(event.callId());
            write((record == null ? new OpenRecord(event) : record).close(event));
            return;
        }
        if (event.kind() == CallEvent.Kind.STARTED) {
            forgetStale(event.at());
        }
        open.computeIfAbsent(event.callId(), id -> new OpenRecord(event)).add(event);
    }

    private void forgetStale(Instant now) {
        if (Duration.between(lastSweep, now).toHours() < 1) {
            return;
        }
        lastSweep = now;
        open.values().removeIf(r -> Duration.between(r.started(), now).compareTo(FORGOTTEN_AFTER) > 0);
    }

    /** Queues the record; the next write, at most WRITE_DELAY away, takes every record queued by then. */
    private void write(CallRecord record) {
        pending.add(record);
        if (writeScheduled.compareAndSet(false, true)) {
            writer.schedule(this::scheduledWrite, WRITE_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void scheduledWrite() {
        writeScheduled.set(false);
        writePending();
    }

    private void writePending() {
        List<CallRecord> records = new ArrayList<>();
        pending.drainTo(records);
        if (records.isEmpty()) {
            return;
        }
        try {
            transactions.run(em -> records.forEach(r -> em.persist(entity(r))));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not write the call records of " + records.size() + " calls, the first "
                    + records.get(0).callId(), e);
        }
    }

    @Override
    public List<CallRecord> list(Instant since, int limit) {
        access.require(CallRecordPermissions.CALL_DETAILS_VIEW);
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
        e.route = r.route();
        return e;
    }

    private static CallRecord view(CallRecordEntity e) {
        return new CallRecord(e.id, e.callId, e.started.toInstant(),
                e.answered == null ? null : e.answered.toInstant(), e.ended.toInstant(), e.from, e.to,
                e.answeredBy, CallDisposition.valueOf(e.disposition), e.route);
    }
}
