package org.branchline.admin.internal.rest;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.branchline.admin.internal.OptionalService;
import org.branchline.api.sip.Registration;
import org.branchline.api.sip.RegistrationService;

@Path("v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationsResource {
    private final OptionalService<RegistrationService> registrations;

    public RegistrationsResource(OptionalService<RegistrationService> registrations) {
        this.registrations = registrations;
    }

    /** Every registered contact, or with {@code login-id} those of one handset. */
    @GET
    public List<Registration> list(@QueryParam("login-id") String loginId) {
        RegistrationService service = registrations.get();
        return loginId == null ? service.list() : service.ofHandset(loginId);
    }
}
