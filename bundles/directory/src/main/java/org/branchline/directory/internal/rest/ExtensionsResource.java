package org.branchline.directory.internal.rest;

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
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionService;
import org.branchline.directory.internal.rest.Requests.ExtensionBody;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ExtensionsResource.class, property = "branchline.admin.rest=true")
@Tag(name = "Extensions", description = "Phone System > Extensions (admin guide §18.1)")
@ApiResponse(responseCode = "401", ref = AdminResponses.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = AdminResponses.TOO_MANY_REQUESTS)
@Path("v1/extensions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExtensionsResource {
    private final ExtensionService extensions;

    @Activate
    public ExtensionsResource(@Reference ExtensionService extensions) {
        this.extensions = extensions;
    }

    @GET
    @Operation(operationId = "listExtensions", summary = "List extensions",
            description = "Phone System > Extensions (admin guide §18.1): user and system extensions. Needs a role "
                    + "allowed to view extensions (Server, System or Phone Administrator).")
    @ApiResponse(responseCode = "200", description = "The extensions.", useReturnTypeSchema = true)
    public List<Extension> list() {
        return extensions.list();
    }

    @POST
    @Operation(operationId = "createExtension", summary = "Add an extension",
            description = "Adds a user or system extension. The number must have the extension length (3 or 4 "
                    + "digits, admin guide §7.1) and lie in the internal dial plan's extension range (§7.2).")
    @ApiResponse(responseCode = "201", description = "The extension as created.",
            content = @Content(schema = @Schema(implementation = Extension.class)))
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public Response create(@RequestBody(description = "The new extension.", required = true) ExtensionBody body) {
        ExtensionBody b = RequestFields.body(body);
        Extension created = extensions.create(new Extension(b.number(), b.kind(), b.owner(), b.description()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getExtension", summary = "Show an extension", description = "One extension.")
    @ApiResponse(responseCode = "200", description = "The extension.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public Extension get(
            @PathParam("number") @Parameter(description = Docs.EXTENSION_NUMBER, example = "101") String number) {
        return extensions.get(number);
    }

    @PUT
    @Path("{number}")
    @Operation(operationId = "updateExtension", summary = "Modify an extension",
            description = "Changes the owner (user extensions only) and/or the description. The number and kind of "
                    + "an extension cannot be changed.")
    @ApiResponse(responseCode = "200", description = "The extension after the change.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public Extension update(
            @PathParam("number") @Parameter(description = Docs.EXTENSION_NUMBER, example = "101") String number,
            @RequestBody(description = "The fields to change.", required = true) ExtensionBody body) {
        ExtensionBody b = RequestFields.body(body);
        if (b.number() != null && !b.number().equals(number)) {
            throw new InvalidFieldException("number", "cannot be changed; delete the extension and add a new one");
        }
        if (b.kind() != null) {
            throw new InvalidFieldException("kind", "cannot be changed");
        }
        return extensions.update(number, b.owner(), b.description());
    }

    @DELETE
    @Path("{number}")
    @Operation(operationId = "deleteExtension", summary = "Delete an extension",
            description = "Deletes the extension.")
    @ApiResponse(responseCode = "204", description = "Done; no body.")
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public Response delete(
            @PathParam("number") @Parameter(description = Docs.EXTENSION_NUMBER, example = "101") String number) {
        extensions.delete(number);
        return Response.noContent().build();
    }
}
