package org.branchline.callrecords.internal.rest;

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
import org.branchline.api.admin.AdminResponses;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.calls.CallRecord;
import org.branchline.api.calls.CallRecordService;
import org.branchline.callrecords.internal.CallListLimit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Call detail records, the newest first. */
@Tag(name = "Call records", description = "Home > Reports: call detail records")
@ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
@ApiResponse(responseCode = "401", ref = AdminResponses.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = AdminResponses.TOO_MANY_REQUESTS)
@Component(service = CallRecordsResource.class, property = "branchline.admin.rest=true")
@Path("v1/calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallRecordsResource {
    private final CallRecordService calls;

    @Activate

    public CallRecordsResource(@Reference CallRecordService calls) {
        this.calls = calls;
    }

    @GET
    @Operation(operationId = "listCalls", summary = "List call detail records",
            description = "One record per call, written when it ends; the newest first. Needs a role "
                    + "allowed to view reports (Server, System, Phone or Network Administrator, Support Technician).")
    @ApiResponse(responseCode = "200", description = "The call records.", useReturnTypeSchema = true)
    public List<CallRecord> list(
            @QueryParam("limit") @Parameter(description = "At most this many records.", schema = @Schema(
                    type = "integer", minimum = "1", maximum = "1000", defaultValue = "100")) String limit,
            @QueryParam("since") @Parameter(description = "Only calls started at or after this ISO-8601 "
                    + "instant, or a date (its start in UTC).", example = "2026-11-23T09:00:00Z") String since) {
        return calls.list(RequestFields.instant("since", since), CallListLimit.of(limit));
    }
}
