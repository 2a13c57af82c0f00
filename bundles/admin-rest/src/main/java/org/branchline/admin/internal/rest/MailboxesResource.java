package org.branchline.admin.internal.rest;

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
import org.branchline.admin.internal.OptionalService;
import org.branchline.admin.internal.rest.Requests.AlertsBody;
import org.branchline.api.voicemail.MailboxService;
import org.branchline.api.voicemail.MailboxSummary;
import org.branchline.api.voicemail.VoicemailAlerts;

/** Voice mailboxes (counts, saved messages) and each user's voicemail alerts (admin guide §20). */
@Path("v1/mailboxes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailboxesResource {
    private final OptionalService<MailboxService> mailboxes;

    public MailboxesResource(OptionalService<MailboxService> mailboxes) {
        this.mailboxes = mailboxes;
    }

    @GET
    public List<MailboxSummary> list() {
        return mailboxes.get().list();
    }

    @GET
    @Path("{owner}")
    public MailboxSummary get(@PathParam("owner") String owner) {
        return mailboxes.get().get(owner);
    }

    @DELETE
    @Path("{owner}/saved")
    public Map<String, Integer> deleteSaved(@PathParam("owner") String owner) {
        return Map.of("deleted", mailboxes.get().deleteSavedMessages(owner));
    }

    @GET
    @Path("{owner}/alerts")
    public VoicemailAlerts alerts(@PathParam("owner") String owner) {
        return mailboxes.get().alerts(owner);
    }

    @PUT
    @Path("{owner}/alerts")
    public VoicemailAlerts updateAlerts(@PathParam("owner") String owner, AlertsBody body) {
        return mailboxes.get().updateAlerts(owner, Bodies.required(body).alerts());
    }
}
