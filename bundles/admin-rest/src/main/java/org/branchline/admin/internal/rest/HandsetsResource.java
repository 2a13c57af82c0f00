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
import org.branchline.admin.internal.OptionalService;
import org.branchline.admin.internal.PhoneSystemFields;
import org.branchline.admin.internal.rest.Requests.HandsetBody;
import org.branchline.admin.internal.rest.Requests.LineOwnerBody;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.sip.Handset;
import org.branchline.api.sip.HandsetService;

@Path("v1/handsets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HandsetsResource {
    private final OptionalService<HandsetService> handsets;

    public HandsetsResource(OptionalService<HandsetService> handsets) {
        this.handsets = handsets;
    }

    @GET
    public List<Handset> list() {
        return handsets.get().list();
    }

    @POST
    public Response create(HandsetBody body) {
        HandsetBody b = Bodies.required(body);
        Handset created = PhoneSystemFields.createHandset(handsets.get(), b.loginId(), b.description(), b.lines(),
                b.password(), b.owner());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{loginId}")
    public Handset get(@PathParam("loginId") String loginId) {
        return handsets.get().get(loginId);
    }

    @PUT
    @Path("{loginId}")
    public Handset update(@PathParam("loginId") String loginId, HandsetBody body) {
        HandsetBody b = Bodies.required(body);
        if (b.loginId() != null && !b.loginId().equals(loginId)) {
            throw new InvalidFieldException("login-id", "cannot be changed; delete the handset and add a new one");
        }
        if (b.owner() != null) {
            throw new InvalidFieldException("owner", "give a line its owner with PUT handsets/" + loginId + "/lines/1");
        }
        return handsets.get().update(loginId, b.description(), b.lines(), b.password());
    }

    @PUT
    @Path("{loginId}/lines/{line}")
    public Handset assign(@PathParam("loginId") String loginId, @PathParam("line") int line, LineOwnerBody body) {
        return handsets.get().assign(loginId, line, Bodies.required(body).owner());
    }

    @DELETE
    @Path("{loginId}")
    public Response delete(@PathParam("loginId") String loginId) {
        handsets.get().delete(loginId);
        return Response.noContent().build();
    }
}
