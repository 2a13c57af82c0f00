package org.branchline.admin.internal.rest;

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
import org.branchline.admin.internal.OptionalService;
import org.branchline.api.sip.Registration;
import org.branchline.api.sip.RegistrationService;

@Tag(name = "Registrations", description = "The registrar's location service")
@ApiResponse(responseCode = "401", ref = Docs.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = Docs.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = Docs.TOO_MANY_REQUESTS)
@ApiResponse(responseCode = "503", ref = Docs.FEATURE_NOT_INSTALLED)
@Path("v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationsResource {
    private final OptionalService<RegistrationService> registrations;

    public RegistrationsResource(OptionalService<RegistrationService> registrations) {
        this.registrations = registrations;
    }

    /** Every registered contact, or with {@code login-id} those of one handset. */
    @GET
    @Operation(operationId = "listRegistrations", summary = "List registered contacts",
            description = "Every registered contact of every call appearance, by Login ID and then by expiry; with "
                    + "login-id, those of one handset. Needs a role allowed to view handsets. The SIP core (feature "
                    + "branchline-sip) must be installed, else 503.")
    @ApiResponse(responseCode = "200", description = "The registrations.", useReturnTypeSchema = true)
    public List<Registration> list(
            @QueryParam("login-id") @Parameter(
                    description = "Only the registrations of this handset (all its call appearances).",
                    example = "alice-phone") String loginId) {
        RegistrationService service = registrations.get();
        return loginId == null ? service.list() : service.ofHandset(loginId);
    }
}
