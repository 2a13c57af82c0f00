package org.branchline.voicemail.internal.rest;

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
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.branchline.api.admin.AdminResponses;
import org.branchline.api.admin.RequestFields;
import org.branchline.voicemail.MailboxService;
import org.branchline.voicemail.MailboxSummary;
import org.branchline.voicemail.VoicemailAlerts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Voice mailboxes (counts, saved messages) and each user's voicemail alerts (admin guide §20). */
@Component(service = MailboxesResource.class, property = "branchline.admin.rest=true")
@Tag(name = "Voicemail", description = "Voice mailboxes (Reports > Users) and voicemail alerts (admin guide §20)")
@ApiResponse(responseCode = "401", ref = AdminResponses.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = AdminResponses.TOO_MANY_REQUESTS)
@ApiResponse(responseCode = "503", ref = AdminResponses.FEATURE_NOT_INSTALLED)
@Path("v1/mailboxes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailboxesResource {
    private static final String OWNER = "The login name of the user who owns the mailbox.";
    private final MailboxService mailboxes;

    @Activate
    public MailboxesResource(@Reference MailboxService mailboxes) {
        this.mailboxes = mailboxes;
    }

    @GET
    @Operation(operationId = "listMailboxes", summary = "List the voice mailboxes",
            description = "Every user's mailbox with its new and saved message counts. Needs a role allowed to view "
                    + "users (Server, System or Phone Administrator). Voicemail (feature branchline-voicemail) must "
                    + "be installed, else 503.")
    @ApiResponse(responseCode = "200", description = "The mailboxes, by owner.", useReturnTypeSchema = true)
    public List<MailboxSummary> list() {
        return mailboxes.list();
    }

    @GET
    @Path("{owner}")
    @Operation(operationId = "getMailbox", summary = "Show a voice mailbox",
            description = "One user's message counts. Any logged-in user may read their own; reading another's needs "
                    + "a role allowed to view users. Voicemail (feature branchline-voicemail) must be installed, "
                    + "else 503.")
    @ApiResponse(responseCode = "200", description = "The mailbox.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public MailboxSummary get(@PathParam("owner") @Parameter(description = OWNER, example = "jsmith") String owner) {
        return mailboxes.get(owner);
    }

    @DELETE
    @Path("{owner}/saved")
    @Operation(operationId = "deleteSavedMessages", summary = "Delete a user's saved messages",
            description = "Reports > Users > delete saved messages: deletes every saved (listened-to) message of the "
                    + "mailbox; new messages stay. Any logged-in user may empty their own; another's needs a role "
                    + "allowed to modify users. Voicemail (feature branchline-voicemail) must be installed, else "
                    + "503.")
    @ApiResponse(responseCode = "200", description = "How many messages were deleted.",
            content = @Content(schemaProperties = @SchemaProperty(name = "deleted", schema = @Schema(
                    type = "integer", minimum = "0", description = "Saved messages deleted.", example = "3"))))
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public Map<String, Integer> deleteSaved(
            @PathParam("owner") @Parameter(description = OWNER, example = "jsmith") String owner) {
        return Map.of("deleted", mailboxes.deleteSavedMessages(owner));
    }

    @GET
    @Path("{owner}/alerts")
    @Operation(operationId = "getVoicemailAlerts", summary = "Show a user's voicemail alerts",
            description = "Business > Users > Voicemail Notification and Escalation (admin guide §20). Any logged-in "
                    + "user may read their own; reading another's needs a role allowed to view users. Voicemail "
                    + "(feature branchline-voicemail) must be installed, else 503.")
    @ApiResponse(responseCode = "200", description = "The alerts.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public VoicemailAlerts alerts(
            @PathParam("owner") @Parameter(description = OWNER, example = "jsmith") String owner) {
        return mailboxes.alerts(owner);
    }

    @PUT
    @Path("{owner}/alerts")
    @Operation(operationId = "updateVoicemailAlerts", summary = "Change a user's voicemail alerts",
            description = "Replaces the user's notification and escalation settings (admin guide §20.1, §20.2). Both "
                    + "the notification recipients and the escalation levels are kept whatever the mode; the mode "
                    + "says which is in use. NOTIFICATION needs at least one recipient, ESCALATION at least one "
                    + "level with a recipient. A wrong field answers 400 naming it, e.g. "
                    + "`escalation.levels[0].notification-period` or `notification.recipients[1]`. Any logged-in "
                    + "user may change their own; another's needs a role allowed to modify users. Voicemail "
                    + "(feature branchline-voicemail) must be installed, else 503.")
    @ApiResponse(responseCode = "200", description = "The alerts after the change.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public VoicemailAlerts updateAlerts(
            @PathParam("owner") @Parameter(description = OWNER, example = "jsmith") String owner,
            @RequestBody(description = "The new settings.", required = true) AlertsBody body) {
        return mailboxes.updateAlerts(owner, RequestFields.body(body).alerts());
    }
}
