package org.branchline.admin.internal.rest;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.branchline.admin.internal.OptionalService;
import org.branchline.admin.internal.PhoneSystemFields;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.calls.CallRecord;
import org.branchline.api.calls.CallRecordService;

/** Call detail records, the newest first. */
@Path("v1/calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallRecordsResource {
    private final OptionalService<CallRecordService> calls;

    public CallRecordsResource(OptionalService<CallRecordService> calls) {
        this.calls = calls;
    }

    @GET
    public List<CallRecord> list(@QueryParam("limit") String limit, @QueryParam("since") String since) {
        return calls.get().list(RequestFields.instant("since", since), PhoneSystemFields.callLimit(limit));
    }
}
