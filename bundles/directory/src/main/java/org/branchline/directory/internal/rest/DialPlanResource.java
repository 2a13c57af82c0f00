package org.branchline.directory.internal.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.branchline.api.admin.AdminResponses;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.directory.DialPattern;
import org.branchline.api.directory.DialPlanService;
import org.branchline.directory.internal.DirectoryFields;
import org.branchline.directory.internal.rest.Requests.DialPlanBody;
import org.branchline.directory.internal.rest.Requests.ExtensionLengthBody;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DialPlanResource.class, property = "branchline.admin.rest=true")
@Tag(name = "Dial plan", description = "Phone System > Dial Plan (admin guide §7)")
@ApiResponse(responseCode = "401", ref = AdminResponses.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = AdminResponses.TOO_MANY_REQUESTS)
@Path("v1/dial-plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DialPlanResource {
    private final DialPlanService dialPlan;

    @Activate
    public DialPlanResource(@Reference DialPlanService dialPlan) {
        this.dialPlan = dialPlan;
    }

    @GET
    @Operation(operationId = "getDialPlan", summary = "Show the dial plan",
            description = "Phone System > Dial Plan (admin guide §7): the internal dial plan's mode, the extension "
                    + "length and the leading digit of each function. Needs a role allowed to view the dial plan "
                    + "(Server, System or Phone Administrator).")
    @ApiResponse(responseCode = "200", description = "The dial plan.", useReturnTypeSchema = true)
    public DialPlanView get() {
        return DialPlanView.of(dialPlan.get());
    }

    @GET
    @Path("patterns")
    @Operation(operationId = "listDialPatterns", summary = "List the dialing patterns",
            description = "Every dialing pattern the internal dial plan reserves, per function, as in the table of "
                    + "admin guide §7.2 (and the Phone Functions Reference Card).")
    @ApiResponse(responseCode = "200", description = "The dialing patterns.", useReturnTypeSchema = true)
    public List<DialPattern> patterns() {
        return dialPlan.patterns();
    }

    @PUT
    @Operation(operationId = "updateDialPlan", summary = "Modify the internal dial plan",
            description = "Phone System > Dial Plan > Internal Dial Plan > modify (admin guide §7.2): changes the "
                    + "mode and/or the leading digits given; the extension length is changed with PUT "
                    + "/v1/dial-plan/extension-length. Switching mode starts from that mode's factory digits, then "
                    + "applies the digits given. Refused with 400 naming the function when two functions' dialing "
                    + "patterns would collide, and with 409 when existing extensions would fall outside the new "
                    + "extension range.")
    @ApiResponse(responseCode = "200", description = "The dial plan after the change.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public DialPlanView update(
            @RequestBody(description = "The mode and digits to change.", required = true) DialPlanBody body) {
        DialPlanBody b = RequestFields.body(body);
        return DialPlanView.of(dialPlan.update(b.mode(), DirectoryFields.digits(b.digits())));
    }

    @PUT
    @Path("extension-length")
    @Operation(operationId = "changeExtensionLength", summary = "Change the extension length",
            description = "Internal Extension Length > Modify (admin guide §7.1). Going from 3 to 4 digits puts a 1 "
                    + "in front of every user and system extension (x104 becomes x1104); going from 4 to 3 removes "
                    + "the first digit and is refused (409), changing nothing, when a converted extension would "
                    + "fall outside the dial plan's extension range (§7.1.2).")
    @ApiResponse(responseCode = "200", description = "The dial plan with the new extension length.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public DialPlanView extensionLength(
            @RequestBody(description = "The new extension length.", required = true) ExtensionLengthBody body) {
        Integer length = RequestFields.body(body).extensionLength();
        if (length == null) {
            throw new InvalidFieldException("extension-length", "is required (3 or 4)");
        }
        return DialPlanView.of(dialPlan.changeExtensionLength(length));
    }
}
