package org.branchline.callrecords.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.PermissionDeniedException;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.calls.CallEvent;
import org.branchline.api.calls.CallEvent.Kind;
import org.branchline.api.calls.CallRecord;
import org.branchline.api.security.AccessControl;
import org.branchline.api.security.AdminCaller;
import org.branchline.api.security.Permission;
import org.branchline.api.security.Role;
import org.branchline.persistence.H2Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallRecordStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    private final H2Database h2 = new H2Database("branchline-call-records");
    private Set<Permission> granted = Set.of(CallRecordPermissions.CALL_DETAILS_VIEW);

    @AfterEach
    void close() throws SQLException {
        h2.close();
    }

    @Test
    void aCallsEventsMakeOneRecordWhenItEnds() throws Exception {
        CallRecordStore store = start();
        tell(store, "c1", Kind.STARTED, 0, null, null, null);
        tell(store, "c1", Kind.ROUTED, 0, null, "101 In Office", null);
        tell(store, "c1", Kind.RINGING, 1, "5105", null, null);
        tell(store, "c1", Kind.ANSWERED, 4, "5105", "attempt 1", null);
        tell(store, "c1", Kind.BRIDGED, 4, "5105", null, null);
        assertEquals(0, h2.rows("call_record"), "nothing is written before the call ends");
        tell(store, "c1", Kind.TRANSFERRED, 9, "102", "transferred to 102", null);
        tell(store, "c1", Kind.ANSWERED, 12, "5106", null, null);
        tell(store, "c1", Kind.ENDED, 30, null, null, CallDisposition.ANSWERED);

        CallRecord r = only(written(store));
        assertEquals("c1", r.callId());
        assertEquals(T0, r.started());
        assertEquals(T0.plusSeconds(4), r.answered(), "the first answer");
        assertEquals("5106", r.answeredBy(), "the last one who answered");
        assertEquals(T0.plusSeconds(30), r.ended());
        assertEquals("101 In Office: attempt 1: transferred to 102", r.route());
        assertEquals(CallDisposition.ANSWERED, r.disposition());
        assertEquals("201", r.from());
        assertEquals("101", r.to());
    }

    @Test
    void recordsAreWrittenSoonAfterTheirCallsEndTogether() throws Exception {
        CallRecordStore store = start();
        for (String call : new String[] {"c4", "c5", "c6"}) {
            tell(store, call, Kind.STARTED, 0, null, null, null);
            tell(store, call, Kind.ENDED, 3, null, null, CallDisposition.NO_ANSWER);
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (h2.rows("call_record") < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(3, h2.rows("call_record"), "written without a stop, within " + CallRecordStore.WRITE_DELAY);
        store.stop();
    }

    @Test
    void anUnansweredCallHasNoAnswerAndItsOwnDisposition() throws Exception {
        CallRecordStore store = start();
        tell(store, "c2", Kind.STARTED, 0, null, null, null);
        tell(store, "c2", Kind.ROUTED, 0, null, "101 In Office", null);
        tell(store, "c2", Kind.ROUTED, 20, null, "Finally hang up", null);
        tell(store, "c2", Kind.ENDED, 20, null, null, CallDisposition.NO_ANSWER);

        CallRecord r = only(written(store));
        assertNull(r.answered());
        assertNull(r.answeredBy());
        assertEquals(CallDisposition.NO_ANSWER, r.disposition());
        assertEquals("101 In Office: Finally hang up", r.route());
    }

    @Test
    void aListenerThatCameInMidCallStillRecordsIt() throws Exception {
        CallRecordStore store = start();
        tell(store, "c3", Kind.ANSWERED, 5, "voicemail", null, null);
        tell(store, "c3", Kind.ENDED, 8, null, null, CallDisposition.ANSWERED);
        CallRecord r = only(written(store));
        assertEquals(T0.plusSeconds(5), r.started());
        assertEquals("voicemail", r.answeredBy());
    }

    @Test
    void theRecordsTheSipCoreKeptAreTakenOverWithTheirIds() throws Exception {
        h2.execute("CREATE TABLE sip_call_record (id BIGINT NOT NULL PRIMARY KEY, call_id VARCHAR(256) NOT NULL,"
                + " started TIMESTAMP NOT NULL, answered TIMESTAMP, ended TIMESTAMP NOT NULL,"
                + " from_party VARCHAR(128) NOT NULL, to_party VARCHAR(128) NOT NULL, answered_by VARCHAR(64),"
                + " disposition VARCHAR(16) NOT NULL, route VARCHAR(256) NOT NULL)");
        h2.execute("CREATE SEQUENCE sip_call_record_seq START WITH 50 INCREMENT BY 50");
        h2.execute("INSERT INTO sip_call_record VALUES (3, 'old-1', TIMESTAMP '2026-11-30 09:00:00', NULL,"
                + " TIMESTAMP '2026-11-30 09:00:20', '201', '101', NULL, 'NO_ANSWER', '101 In Office')");
        h2.execute("INSERT INTO sip_call_record VALUES (60, 'old-2', TIMESTAMP '2026-11-30 10:00:00',"
                + " TIMESTAMP '2026-11-30 10:00:05', TIMESTAMP '2026-11-30 10:01:00', '201', '102', '5106',"
                + " 'ANSWERED', '102 In Office: attempt 1')");

        CallRecordStore store = start();
        tell(store, "new", Kind.STARTED, 0, null, null, null);
        tell(store, "new", Kind.ENDED, 1, null, null, CallDisposition.CANCELLED);
        List<CallRecord> all = written(store);

        assertEquals(List.of("new", "old-2", "old-1"), all.stream().map(CallRecord::callId).toList());
        assertEquals(List.of(60L, 3L), all.subList(1, 3).stream().map(CallRecord::id).toList());
        assertTrue(all.get(0).id() > 60, "a new record's id is above the ids taken over: " + all.get(0).id());
        assertEquals("5106", all.get(1).answeredBy());
        assertEquals(0, Integer.parseInt(h2.text("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_NAME = 'SIP_CALL_RECORD'")), "the former table is gone");
        start().stop();  // a second start has nothing to take over
        assertEquals(3, h2.rows("call_record"));
    }

    @Test
    void callsEndingTogetherAreAllWritten() throws Exception {
        CallRecordStore store = start();
        for (int i = 0; i < 120; i++) {
            tell(store, "many-" + i, Kind.STARTED, 0, null, null, null);
            tell(store, "many-" + i, Kind.ENDED, 1, null, null, CallDisposition.CANCELLED);
        }
        List<CallRecord> all = written(store);
        assertEquals(120, all.stream().map(CallRecord::callId).distinct().count());
        assertEquals(120, all.stream().map(CallRecord::id).distinct().count());
    }

    @Test
    void listingNeedsTheCallDetailsPermissionAndASaneLimit() throws Exception {
        CallRecordStore store = start();
        assertThrows(InvalidFieldException.class, () -> store.list(null, 0));
        assertThrows(InvalidFieldException.class, () -> store.list(null, 1001));
        granted = Set.of();
        assertThrows(PermissionDeniedException.class, () -> store.list(null, 10));
    }

    private CallRecordStore start() throws SQLException {
        return new CallRecordStore(h2.factory, h2.dataSource, new AccessControl() {
            @Override
            public AdminCaller caller() {
                return new AdminCaller("admin", Set.of(Role.SYSTEM_ADMINISTRATOR), false);
            }

            @Override
            public AdminCaller require(Permission permission) {
                if (!granted.contains(permission)) {
                    throw new PermissionDeniedException("needs " + permission);
                }
                return caller();
            }
        });
    }

    private static void tell(CallRecordStore store, String callId, Kind kind, int second, String party, String step,
            CallDisposition disposition) {
        store.callEvent(new CallEvent(kind, callId, T0.plusSeconds(second), "201", "Alice", "101", party, step,
                disposition));
    }

    /** What the store wrote, once its writer has finished (a stop waits for it; reading needs no start). */
    private List<CallRecord> written(CallRecordStore store) throws Exception {
        store.stop();
        return start().list(null, 1000);
    }

    private static CallRecord only(List<CallRecord> records) {
        assertEquals(1, records.size(), records.toString());
        return records.get(0);
    }
}
