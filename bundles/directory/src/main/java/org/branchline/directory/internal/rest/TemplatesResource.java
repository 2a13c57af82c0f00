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
import org.branchline.api.directory.UserTemplate;
import org.branchline.api.directory.UserTemplateService;
import org.branchline.directory.internal.rest.Requests.TemplateBody;
import org.branchline.directory.internal.rest.Requests.TemplateCopyBody;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = TemplatesResource.class, property = "branchline.admin.rest=true")
@Tag(name = "User templates", description = "User templates (admin guide §9.1-9.2)")
@ApiResponse(responseCode = "401", ref = AdminResponses.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = AdminResponses.TOO_MANY_REQUESTS)
@Path("v1/templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplatesResource {
    private final UserTemplateService templates;

    @Activate
    public TemplatesResource(@Reference UserTemplateService templates) {
        this.templates = templates;
    }

    @GET
    @Operation(operationId = "listTemplates", summary = "List user templates",
            description = "User templates (admin guide §9.1–9.2). Needs a role allowed to manage user templates "
                    + "(Server, System or Phone Administrator).")
    @ApiResponse(responseCode = "200", description = "The user templates.", useReturnTypeSchema = true)
    public List<UserTemplate> list() {
        return templates.list();
    }

    @GET
    @Path("{name}")
    @Operation(operationId = "getTemplate", summary = "Show a user template",
            description = "One user template with its settings (admin guide §9.2).")
    @ApiResponse(responseCode = "200", description = "The template.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public UserTemplate get(
            @PathParam("name") @Parameter(description = Docs.TEMPLATE_NAME, example = "Sales") String name) {
        return templates.get(name);
    }

    /** Copies {@code source} (the guide's only way to make a template). */
    @POST
    @Operation(operationId = "copyTemplate", summary = "Copy a user template",
            description = "Makes a new user template as a copy of an existing one, the guide's only way to create a "
                    + "template (§9.1). 404 when the source does not exist, 409 when the new name is taken.")
    @ApiResponse(responseCode = "201", description = "The new template.",
            content = @Content(schema = @Schema(implementation = UserTemplate.class)))
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public Response copy(
            @RequestBody(description = "The template to copy and the new name.", required = true)
            TemplateCopyBody body) {
        TemplateCopyBody b = RequestFields.body(body);
        if (b.source() == null) {
            throw new InvalidFieldException("source", "is required: the template to copy");
        }
        return Response.status(Response.Status.CREATED).entity(templates.copy(b.source(), b.name())).build();
    }

    @PUT
    @Path("{name}")
    @Operation(operationId = "updateTemplate", summary = "Modify a user template",
            description = "Renames the template and/or changes the settings given. \"System User (Default)\" holds "
                    + "the factory defaults and cannot be changed (409). Users of the template are not changed "
                    + "until the template is applied to them again (admin guide §9.4).")
    @ApiResponse(responseCode = "200", description = "The template after the change.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public UserTemplate update(
            @PathParam("name") @Parameter(description = Docs.TEMPLATE_NAME, example = "Sales") String name,
            @RequestBody(description = "The fields to change.", required = true) TemplateBody body) {
        TemplateBody b = RequestFields.body(body);
        return templates.update(name, b.name(), b.settings());
    }

    @DELETE
    @Path("{name}")
    @Operation(operationId = "deleteTemplate", summary = "Delete a user template",
            description = "Refused (409) for \"System User (Default)\" and while the template is the last applied "
                    + "template of any user.")
    @ApiResponse(responseCode = "204", description = "Done; no body.")
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public Response delete(
            @PathParam("name") @Parameter(description = Docs.TEMPLATE_NAME, example = "Sales") String name) {
        templates.delete(name);
        return Response.noContent().build();
    }
}
