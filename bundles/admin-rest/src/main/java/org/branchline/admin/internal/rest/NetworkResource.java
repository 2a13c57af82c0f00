package org.branchline.admin.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.branchline.api.network.NetworkConfiguration;
import org.branchline.api.network.NetworkConfigurationService;

@Path("v1/network")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NetworkResource {
    private final NetworkConfigurationService network;

    public NetworkResource(NetworkConfigurationService network) {
        this.network = network;
    }

    @GET
    public NetworkConfiguration get() {
        return network.get();
    }

    /** Changes the fields present in the body. */
    @PUT
    public NetworkConfiguration update(NetworkConfiguration body) {
        return network.update(Bodies.required(body));
    }
}
