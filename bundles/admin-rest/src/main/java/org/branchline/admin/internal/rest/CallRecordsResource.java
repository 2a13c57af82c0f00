package org.branchline.admin.internal.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Call records", description = "Home > Reports: call detail records")
@ApiResponse(responseCode = "400", ref = Docs.BAD_REQUEST)
@ApiResponse(responseCode = "401", ref = Docs.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = Docs.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = Docs.TOO_MANY_REQUESTS)
@ApiResponse(responseCode = "503", ref = Docs.FEATURE_NOT_INSTALLED)
@Path("v1/calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallRecordsResource {
    private final OptionalService<CallRecordService> calls;

    public CallRecordsResource(OptionalService<CallRecordService> calls) {
        this.calls = calls;
    }

    @GET
    @Operation(operationId = "listCalls", summary = "List call detail records",
            description = "One record per call, written when it ends; the newest first. Needs a role allowed to view "
                    + "reports (Server, System, Phone or Network Administrator, Support Technician). The SIP core "
                    + "(feature branchline-sip) must be installed, else 503.")
    @ApiResponse(responseCode = "200", description = "The call records.", useReturnTypeSchema = true)
    public List<CallRecord> list(
            @QueryParam("limit") @Parameter(description = "At most this many records.", schema = @Schema(
                    type = "integer", minimum = "1", maximum = "1000", defaultValue = "100")) String limit,
            @QueryParam("since") @Parameter(description = "Only calls started at or after this ISO-8601 instant, or "
                    + "a date (its start in UTC).", example = "2026-11-23T09:00:00Z") String since) {
        return calls.get().list(RequestFields.instant("since", since), PhoneSystemFields.callLimit(limit));
    }
}
