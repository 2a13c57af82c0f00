package org.branchline.admin.internal.rest;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.branchline.admin.internal.OptionalService;
import org.branchline.api.licensing.FeatureKey;
import org.branchline.api.licensing.FeatureKeyService;
import org.branchline.api.licensing.FeatureLicense;
import org.branchline.api.licensing.ServerIdentity;

/** Maintenance &gt; Feature Keys (admin guide §3.3): the server id keys are issued for, the keys, the features. */
@Path("v1/feature-keys")
@Produces(MediaType.APPLICATION_JSON)
public class FeatureKeysResource {
    private final OptionalService<FeatureKeyService> keys;

    public FeatureKeysResource(OptionalService<FeatureKeyService> keys) {
        this.keys = keys;
    }

    /** The server, its keys, and per feature: licensed, installed, allowed and used. */
    public record Listing(ServerIdentity server, List<FeatureKey> keys, List<FeatureLicense> features) {
    }

    @GET
    public Listing list() {
        FeatureKeyService k = keys.get();
        return new Listing(k.identity(), k.keys(), k.licenses());
    }

    /** The body is the key as issued, BEGIN to END lines. */
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public Response install(String text) {
        return Response.status(Response.Status.CREATED).entity(keys.get().install(text)).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        keys.get().remove(id);
        return Response.noContent().build();
    }
}
