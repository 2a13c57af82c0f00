package org.branchline.admin.internal.rest;

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
import org.branchline.admin.internal.rest.Requests.TemplateBody;
import org.branchline.admin.internal.rest.Requests.TemplateCopyBody;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.directory.UserTemplate;
import org.branchline.api.directory.UserTemplateService;

@Path("v1/templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplatesResource {
    private final UserTemplateService templates;

    public TemplatesResource(UserTemplateService templates) {
        this.templates = templates;
    }

    @GET
    public List<UserTemplate> list() {
        return templates.list();
    }

    @GET
    @Path("{name}")
    public UserTemplate get(@PathParam("name") String name) {
        return templates.get(name);
    }

    /** Copies {@code source} (the guide's only way to make a template). */
    @POST
    public Response copy(TemplateCopyBody body) {
        TemplateCopyBody b = Bodies.required(body);
        if (b.source() == null) {
            throw new InvalidFieldException("source", "is required: the template to copy");
        }
        return Response.status(Response.Status.CREATED).entity(templates.copy(b.source(), b.name())).build();
    }

    @PUT
    @Path("{name}")
    public UserTemplate update(@PathParam("name") String name, TemplateBody body) {
        TemplateBody b = Bodies.required(body);
        return templates.update(name, b.name(), b.settings());
    }

    @DELETE
    @Path("{name}")
    public Response delete(@PathParam("name") String name) {
        templates.delete(name);
        return Response.noContent().build();
    }
}
