package org.branchline.admin.internal.rest;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.branchline.admin.internal.OptionalService;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.calls.CallRecord;
import org.branchline.api.calls.CallRecordService;

/** Call detail records, the newest first. */
@Path("v1/calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallRecordsResource {
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;
    private final OptionalService<CallRecordService> calls;

    public CallRecordsResource(OptionalService<CallRecordService> calls) {
        this.calls = calls;
    }

    @GET
    public List<CallRecord> list(@QueryParam("limit") String limit, @QueryParam("since") String since) {
        return calls.get().list(RequestFields.instant("since", since), limit(limit));
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        int limit = text.matches("\\d{1,4}") ? Integer.parseInt(text) : 0;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "must be a number from 1 to " + MAX_LIMIT);
        }
        return limit;
    }
}
