package org.branchline.sip.internal.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.branchline.api.admin.AdminResponses;
import org.branchline.sip.Registration;
import org.branchline.sip.RegistrationService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Tag(name = "Registrations", description = "The registrar's location service")
@ApiResponse(responseCode = "401", ref = AdminResponses.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = AdminResponses.TOO_MANY_REQUESTS)
@Component(service = RegistrationsResource.class, property = "branchline.admin.rest=true")
@Path("v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationsResource {
    private final RegistrationService registrations;

    @Activate

    public RegistrationsResource(@Reference RegistrationService registrations) {
        this.registrations = registrations;
    }

    /** Every registered contact, or with {@code login-id} those of one handset. */
    @GET
    @Operation(operationId = "listRegistrations", summary = "List registered contacts",
            description = "Every registered contact of every call appearance, by Login ID and then by "
                    + "expiry; with login-id, those of one handset. Needs a role allowed to view handsets.")
    @ApiResponse(responseCode = "200", description = "The registrations.", useReturnTypeSchema = true)
    public List<Registration> list(
            @QueryParam("login-id") @Parameter(
                    description = "Only the registrations of this handset (all its call appearances).",
                    example = "alice-phone") String loginId) {
        RegistrationService service = registrations;
        return loginId == null ? service.list() : service.ofHandset(loginId);
    }
}
