package org.branchline.admin.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.branchline.admin.internal.OptionalService;
import org.branchline.admin.internal.PhoneSystemFields;
import org.branchline.admin.internal.rest.Requests.CallParkBody;
import org.branchline.api.routing.CallParkService;
import org.branchline.api.routing.CallParkSettings;

@Path("v1/call-park")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallParkResource {
    private final OptionalService<CallParkService> callPark;

    public CallParkResource(OptionalService<CallParkService> callPark) {
        this.callPark = callPark;
    }

    @GET
    public CallParkSettings get() {
        return callPark.get().get();
    }

    /** Without timeout-seconds the timeout stays; timeout-extension null or absent: back to the parker. */
    @PUT
    public CallParkSettings update(CallParkBody body) {
        CallParkBody b = Bodies.required(body);
        return PhoneSystemFields.updateCallPark(callPark.get(), b.timeoutSeconds(), b.timeoutExtension());
    }
}
