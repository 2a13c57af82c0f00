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
import org.branchline.admin.internal.rest.Requests.ExtensionBody;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionService;

@Path("v1/extensions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExtensionsResource {
    private final ExtensionService extensions;

    public ExtensionsResource(ExtensionService extensions) {
        this.extensions = extensions;
    }

    @GET
    public List<Extension> list() {
        return extensions.list();
    }

    @POST
    public Response create(ExtensionBody body) {
        ExtensionBody b = Bodies.required(body);
        Extension created = extensions.create(new Extension(b.number(), b.kind(), b.owner(), b.description()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{number}")
    public Extension get(@PathParam("number") String number) {
        return extensions.get(number);
    }

    @PUT
    @Path("{number}")
    public Extension update(@PathParam("number") String number, ExtensionBody body) {
        ExtensionBody b = Bodies.required(body);
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
    public Response delete(@PathParam("number") String number) {
        extensions.delete(number);
        return Response.noContent().build();
    }
}
