package org.branchline.voicemail.internal.rest;

import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.voicemail.MailboxService;
import org.branchline.api.voicemail.MailboxSummary;
import org.branchline.api.voicemail.VoicemailAlerts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Voice mailboxes (counts, saved messages) and each user's voicemail alerts (admin guide §20). */
@Component(service = MailboxesResource.class, property = "branchline.admin.rest=true")
@Path("v1/mailboxes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailboxesResource {
    private final MailboxService mailboxes;

    @Activate
    public MailboxesResource(@Reference MailboxService mailboxes) {
        this.mailboxes = mailboxes;
    }

    @GET
    public List<MailboxSummary> list() {
        return mailboxes.list();
    }

    @GET
    @Path("{owner}")
    public MailboxSummary get(@PathParam("owner") String owner) {
        return mailboxes.get(owner);
    }

    @DELETE
    @Path("{owner}/saved")
    public Map<String, Integer> deleteSaved(@PathParam("owner") String owner) {
        return Map.of("deleted", mailboxes.deleteSavedMessages(owner));
    }

    @GET
    @Path("{owner}/alerts")
    public VoicemailAlerts alerts(@PathParam("owner") String owner) {
        return mailboxes.alerts(owner);
    }

    @PUT
    @Path("{owner}/alerts")
    public VoicemailAlerts updateAlerts(@PathParam("owner") String owner, AlertsBody body) {
        if (body == null) {
            throw new InvalidFieldException("body", "a JSON object is required");
        }
        return mailboxes.updateAlerts(owner, body.alerts());
    }
}
