package org.branchline.network.internal.rest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.branchline.api.admin.AdminResponses;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.network.NetworkConfiguration;
import org.branchline.api.network.NetworkConfigurationService;

@Tag(name = "Network", description = "Network > Configuration (admin guide §5)")
@ApiResponse(responseCode = "401", ref = AdminResponses.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = AdminResponses.TOO_MANY_REQUESTS)
@Component(service = NetworkResource.class, property = "branchline.admin.rest=true")
@Path("v1/network")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NetworkResource {
    private final NetworkConfigurationService network;

    @Activate

    public NetworkResource(@Reference NetworkConfigurationService network) {
        this.network = network;
    }

    @GET
    @Operation(operationId = "getNetworkConfiguration", summary = "Show the network configuration",
            description = "Network > Configuration (admin guide §5): host and domain name, network mode and LAN/WAN "
                    + "addressing. Server, System and Network Administrators only.")
    @ApiResponse(responseCode = "200", description = "The network configuration.", useReturnTypeSchema = true)
    public NetworkConfiguration get() {
        return network.get();
    }

    /** Changes the fields present in the body. */
    @PUT
    @Operation(operationId = "updateNetworkConfiguration", summary = "Modify the network configuration",
            description = "Network > Configuration > Modify (admin guide §5): changes the fields present in the body "
                    + "and leaves the others as they are; refused as a whole when any field is invalid. Server, "
                    + "System and Network Administrators only.")
    @ApiResponse(responseCode = "200", description = "The network configuration after the change.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    public NetworkConfiguration update(
            @RequestBody(description = "The fields to change.", required = true) NetworkConfiguration body) {
        return network.update(RequestFields.body(body));
    }
}
