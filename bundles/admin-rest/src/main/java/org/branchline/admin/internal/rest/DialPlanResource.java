package org.branchline.admin.internal.rest;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.branchline.admin.internal.rest.Requests.DialPlanBody;
import org.branchline.admin.internal.rest.Requests.ExtensionLengthBody;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.directory.DialPattern;
import org.branchline.api.directory.DialPlanService;

@Path("v1/dial-plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DialPlanResource {
    private final DialPlanService dialPlan;

    public DialPlanResource(DialPlanService dialPlan) {
        this.dialPlan = dialPlan;
    }

    @GET
    public DialPlanView get() {
        return DialPlanView.of(dialPlan.get());
    }

    @GET
    @Path("patterns")
    public List<DialPattern> patterns() {
        return dialPlan.patterns();
    }

    @PUT
    public DialPlanView update(DialPlanBody body) {
        DialPlanBody b = Bodies.required(body);
        return DialPlanView.of(dialPlan.update(b.mode(), RequestFields.digits(b.digits())));
    }

    @PUT
    @Path("extension-length")
    public DialPlanView extensionLength(ExtensionLengthBody body) {
        Integer length = Bodies.required(body).extensionLength();
        if (length == null) {
            throw new InvalidFieldException("extension-length", "is required (3 or 4)");
        }
        return DialPlanView.of(dialPlan.changeExtensionLength(length));
    }
}
