package org.branchline.admin.internal.rest;

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
import org.branchline.admin.internal.OptionalService;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.update.RunningSoftware;
import org.branchline.api.update.SoftwareUpdateService;
import org.branchline.api.update.Update;

/** Maintenance &gt; Update (admin guide §4): the running release, patches applied in place, the history. */
@Path("v1/updates")
@Produces(MediaType.APPLICATION_JSON)
public class UpdatesResource {
    private final OptionalService<SoftwareUpdateService> updates;

    public UpdatesResource(OptionalService<SoftwareUpdateService> updates) {
        this.updates = updates;
    }

    /** What runs, what waits for its time, and everything applied before. */
    public record Listing(RunningSoftware running, Update scheduled, List<Update> history) {
    }

    @GET
    public Listing list() {
        SoftwareUpdateService u = updates.get();
        return new Listing(u.running(), u.scheduled().orElse(null), u.history());
    }

    /** The archive (a KAR or a features repository) is the body; without activate-at it is applied now. */
    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Update apply(@QueryParam("file-name") String fileName, @QueryParam("activate-at") String activateAt,
            byte[] archive) {
        return updates.get().apply(fileName, archive, RequestFields.instantOrLocalTime("activate-at", activateAt));
    }

    @DELETE
    @Path("scheduled")
    public Map<String, Boolean> cancel() {
        return Map.of("cancelled", updates.get().cancelScheduled());
    }
}
