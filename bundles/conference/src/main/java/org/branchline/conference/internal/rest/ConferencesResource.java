package org.branchline.conference.internal.rest;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.branchline.conference.internal.Conference;
import org.branchline.conference.internal.Conferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Phone System &gt; Conference Center: the unscheduled conferences and who is in them now. */
@Component(service = ConferencesResource.class, property = "branchline.admin.rest=true")
@Path("v1/conferences")
@Produces(MediaType.APPLICATION_JSON)
public class ConferencesResource {
    private final Conferences conferences;

    @Activate
    public ConferencesResource(@Reference Conferences conferences) {
        this.conferences = conferences;
    }

    @GET
    public List<Conference> list() {
        return conferences.list();
    }

    @GET
    @Path("{id}")
    public Conference get(@PathParam("id") String id) {
        return conferences.get(id);
    }
}
