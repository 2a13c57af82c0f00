package org.branchline.sip.internal.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.branchline.api.admin.AdminResponses;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.RequestFields;
import org.branchline.sip.Handset;
import org.branchline.sip.HandsetService;
import org.branchline.sip.internal.rest.Requests.HandsetBody;
import org.branchline.sip.internal.rest.Requests.LineOwnerBody;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Tag(name = "Handsets", description = "Phone System > Handsets: generic SIP handsets and their call "
        + "appearances (admin guide §10.3, §11.2)")
@ApiResponse(responseCode = "401", ref = AdminResponses.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = AdminResponses.TOO_MANY_REQUESTS)
@Component(service = HandsetsResource.class, property = "branchline.admin.rest=true")
@Path("v1/handsets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HandsetsResource {
    private final HandsetService handsets;

    @Activate

    public HandsetsResource(@Reference HandsetService handsets) {
        this.handsets = handsets;
    }

    @GET
    @Operation(operationId = "listHandsets", summary = "List SIP handsets",
            description = "Every generic SIP handset with its call appearances. Needs a role allowed to "
                    + "view handsets (Server, System or Phone Administrator).")
    @ApiResponse(responseCode = "200", description = "The handsets.", useReturnTypeSchema = true)
    public List<Handset> list() {
        return handsets.list();
    }

    @POST
    @Operation(operationId = "createHandset", summary = "Add a SIP handset",
            description = "Adds a generic SIP handset with Number of Lines call appearances; each gets the "
                    + "lowest free station number 5100-5999 as its User ID. Line 1 authenticates with the "
                    + "Login ID, further lines with their own station number, all with the password.")
    @ApiResponse(responseCode = "201", description = "The handset as created.",
            content = @Content(schema = @Schema(implementation = Handset.class)))
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public Response create(@RequestBody(description = "The new handset.", required = true) HandsetBody body) {
        HandsetBody b = RequestFields.body(body);
        Handset created = handsets.create(RequestFields.required("login-id", b.loginId()), b.description(),
                b.lines() == null ? 1 : b.lines(), b.password(), b.owner());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{loginId}")
    @Operation(operationId = "getHandset", summary = "Show a SIP handset",
            description = "One handset.")
    @ApiResponse(responseCode = "200", description = "The handset.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public Handset get(
            @PathParam("loginId") @Parameter(description = Docs.LOGIN_ID, example = "alice-phone") String loginId) {
        return handsets.get(loginId);
    }

    @PUT
    @Path("{loginId}")
    @Operation(operationId = "updateHandset", summary = "Modify a SIP handset",
            description = "Changes the description, Number of Lines (appearances are added or removed at "
                    + "the end) and/or the password.")
    @ApiResponse(responseCode = "200", description = "The handset after the change.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public Handset update(
            @PathParam("loginId") @Parameter(description = Docs.LOGIN_ID, example = "alice-phone") String loginId,
            @RequestBody(description = "The fields to change.", required = true) HandsetBody body) {
        HandsetBody b = RequestFields.body(body);
        if (b.loginId() != null && !b.loginId().equals(loginId)) {
            throw new InvalidFieldException("login-id", "cannot be changed; delete the handset and add a new one");
        }
        if (b.owner() != null) {
            throw new InvalidFieldException("owner", "give a line its owner with PUT handsets/" + loginId + "/lines/1");
        }
        return handsets.update(loginId, b.description(), b.lines(), b.password());
    }

    @PUT
    @Path("{loginId}/lines/{line}")
    @Operation(operationId = "assignHandsetLine", summary = "Give a call appearance to a user",
            description = "Sets the owner of one call appearance: the user whose calls it carries (default "
                    + "call routes ring the appearances a user owns), or no one.")
    @ApiResponse(responseCode = "200", description = "The handset after the change.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public Handset assign(
            @PathParam("loginId") @Parameter(description = Docs.LOGIN_ID, example = "alice-phone") String loginId,
            @PathParam("line") @Parameter(description = Docs.LINE, example = "1") int line,
            @RequestBody(description = "The new owner.", required = true) LineOwnerBody body) {
        return handsets.assign(loginId, line, RequestFields.body(body).owner());
    }

    @DELETE
    @Path("{loginId}")
    @Operation(operationId = "deleteHandset", summary = "Delete a SIP handset",
            description = "Deletes the handset; its station numbers become free.")
    @ApiResponse(responseCode = "204", description = "Done; no body.")
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public Response delete(
            @PathParam("loginId") @Parameter(description = Docs.LOGIN_ID, example = "alice-phone") String loginId) {
        handsets.delete(loginId);
        return Response.noContent().build();
    }
}
