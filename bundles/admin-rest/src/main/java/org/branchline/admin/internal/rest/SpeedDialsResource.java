package org.branchline.admin.internal.rest;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.branchline.admin.internal.OptionalService;
import org.branchline.admin.internal.rest.Requests.SpeedDialBody;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.routing.SpeedDial;
import org.branchline.api.routing.SpeedDialService;

@Path("v1/speed-dials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpeedDialsResource {
    private final OptionalService<SpeedDialService> speedDials;

    public SpeedDialsResource(OptionalService<SpeedDialService> speedDials) {
        this.speedDials = speedDials;
    }

    @GET
    public List<SpeedDial> list() {
        return speedDials.get().list();
    }

    @GET
    @Path("{number}")
    public SpeedDial get(@PathParam("number") String number) {
        return speedDials.get().get(number);
    }

    /** Adds or changes the speed dial {@code number}. */
    @PUT
    @Path("{number}")
    public SpeedDial put(@PathParam("number") String number, SpeedDialBody body) {
        SpeedDialBody b = Bodies.required(body);
        if (b.number() != null && !b.number().equals(number)) {
            throw new InvalidFieldException("number", "the path names the speed dial");
        }
        return speedDials.get().put(new SpeedDial(number, b.description(), b.dial()));
    }

    @DELETE
    @Path("{number}")
    public Response delete(@PathParam("number") String number) {
        speedDials.get().delete(number);
        return Response.noContent().build();
    }
}
