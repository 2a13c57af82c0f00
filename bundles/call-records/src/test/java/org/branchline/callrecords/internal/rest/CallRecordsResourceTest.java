package org.branchline.callrecords.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.branchline.admin.json.AdminJson;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.calls.CallRecord;
import org.branchline.api.calls.CallRecordService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Reports > Call Details over REST, with the service faked. */
class CallRecordsResourceTest {
    private static final ObjectMapper JSON = AdminJson.mapper();

    @Test
    void callRecordsTakeALimitAndASince() throws Exception {
        List<Object> asked = new ArrayList<>();
        CallRecordService records = (since, limit) -> {
            asked.add(since);
            asked.add(limit);
            return List.of(new CallRecord(7, "abc@host", Instant.parse("2026-11-23T09:00:00Z"), null,
                    Instant.parse("2026-11-23T09:00:30Z"), "5100", "101", null, CallDisposition.NO_ANSWER, "101 In Office: Finally voicemail"));
        };
        CallRecordsResource resource = new CallRecordsResource(records);
        String json = JSON.writeValueAsString(resource.list(null, "2026-11-23"));
        assertEquals(List.of(Instant.parse("2026-11-23T00:00:00Z"), 100), asked);
        assertTrue(json.contains("\"call-id\":\"abc@host\",\"started\":\"2026-11-23T09:00:00Z\",\"answered\":null"), json);
        assertTrue(json.contains("\"answered-by\":null,\"disposition\":\"NO_ANSWER\""), json);
        assertRefused("limit", () -> resource.list("0", null));
        assertRefused("limit", () -> resource.list("1001", null));
        assertRefused("limit", () -> resource.list("ten", null));
        assertRefused("since", () -> resource.list("10", "yesterday"));
    }

    private static void assertRefused(String field, Executable call) {
        assertEquals(field, assertThrows(InvalidFieldException.class, call).field());
    }
}
