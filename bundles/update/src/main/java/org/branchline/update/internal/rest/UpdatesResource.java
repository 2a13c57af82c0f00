package org.branchline.update.internal.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.branchline.api.admin.AdminResponses;
import org.branchline.api.admin.RequestFields;
import org.branchline.update.RunningSoftware;
import org.branchline.update.SoftwareUpdateService;
import org.branchline.update.Update;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Maintenance &gt; Update (admin guide §4): the running release, patches applied in place, the history. */
@Tag(name = "Maintenance",
        description = "Maintenance > Feature Keys and Maintenance > Update (admin guide §3.3, §4)")
@ApiResponse(responseCode = "401", ref = AdminResponses.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = AdminResponses.TOO_MANY_REQUESTS)
@Component(service = UpdatesResource.class, property = "branchline.admin.rest=true")
@Path("v1/updates")
@Produces(MediaType.APPLICATION_JSON)
public class UpdatesResource {
    private final SoftwareUpdateService updates;

    @Activate

    public UpdatesResource(@Reference SoftwareUpdateService updates) {
        this.updates = updates;
    }

    /** What runs, what waits for its time, and everything applied before. */
    @Schema(name = "UpdatesListing", description = "Maintenance > Update (admin guide §4).",
            requiredProperties = {"running", "scheduled", "history"})
    public record Listing(
            RunningSoftware running,
            @Schema(description = "The update waiting for its time; null when none is.", nullable = true,
                    schemaResolution = Schema.SchemaResolution.ALL_OF_REF)
            Update scheduled,
            @Schema(description = "Every update, the newest last.") List<Update> history) {
    }

    @GET
    @Operation(operationId = "listUpdates", summary = "Show the running software and its updates",
            description = "Maintenance > Update (admin guide §4): the release running and the version of "
                    + "each Branchline feature, the update waiting for its time (if any), and every update "
                    + "applied, refused at activation, cancelled or scheduled, the newest last. Server and "
                    + "System Administrators only.")
    @ApiResponse(responseCode = "200", description = "The running software, the scheduled update and the history.",
            useReturnTypeSchema = true)
    public Listing list() {
        return new Listing(updates.running(), updates.scheduled().orElse(null), updates.history());
    }

    /** The archive (a KAR or a features repository) is the body; without activate-at it is applied now. */
    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "applyUpdate", summary = "Upload and activate an update",
            description = "Maintenance > Update > Upload update from PC (admin guide §4): the body is a "
                    + "Karaf archive (KAR) or a features repository carrying newer versions of Branchline "
                    + "features. It is applied in place, features upgraded without a reboot while calls go "
                    + "on, either now (Activate Update Now: no activate-at, or one not in the future) or at "
                    + "activate-at, at most a week ahead (Activate Update Later); a scheduled update "
                    + "replaces the one scheduled before. Within the running release (same major.minor) it "
                    + "is a patch; a newer release needs the Software Upgrade feature key (§3.3), else 409. "
                    + "An archive that is not a KAR or features repository answers 400 (field `archive`); "
                    + "one with the same or a lower version (downgrades are not supported), an older "
                    + "release, or no feature this server has answers 409. Server and System Administrators only.")
    @ApiResponse(responseCode = "200", description = "The update: applied (outcome `applied`) or failed "
            + "(`failed: ...`) when activated now, `applying` when still being activated after five "
            + "minutes, `scheduled` with activate-at in the future.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public Update apply(
            @QueryParam("file-name") @Parameter(
                    description = "The archive's name as uploaded, for the history; `update` when not given.",
                    example = "branchline-1.2.3.kar") String fileName,
            @QueryParam("activate-at") @Parameter(description = "When to activate: an ISO-8601 instant, or "
                    + "a local date and time of the server (2026-11-24T02:00). At most a week ahead, else "
                    + "400. Not given, or not in the future: now.", example = "2026-11-24T07:00:00Z") String activateAt,
            @RequestBody(description = "The update archive as downloaded (KAR or features XML).", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = "string", format = "binary")))
            byte[] archive) {
        return updates.apply(fileName, archive, RequestFields.instantOrLocalTime("activate-at", activateAt));
    }

    @DELETE
    @Path("scheduled")
    @Operation(operationId = "cancelScheduledUpdate", summary = "Cancel the scheduled update",
            description = "Maintenance > Update > Cancel Update (admin guide §4): the scheduled update is "
                    + "not activated; the history keeps it as `cancelled`. Server and System Administrators only.")
    @ApiResponse(responseCode = "200", description = "Whether an update was waiting (now cancelled).",
            content = @Content(schemaProperties = @SchemaProperty(name = "cancelled", schema = @Schema(
                    type = "boolean", description = "False when no update was scheduled.", example = "true"))))
    public Map<String, Boolean> cancel() {
        return Map.of("cancelled", updates.cancelScheduled());
    }
}
