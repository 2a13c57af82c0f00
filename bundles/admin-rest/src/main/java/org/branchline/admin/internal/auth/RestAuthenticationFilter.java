package org.branchline.admin.internal.auth;

import javax.annotation.Priority;
import javax.security.auth.Subject;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.branchline.admin.internal.rest.OpenApiDocument;
import org.branchline.admin.internal.rest.SwaggerUi;
import org.branchline.admin.internal.rest.ErrorBody;

/**
 * Every REST request but the OpenAPI document and its viewer logs in with HTTP Basic; the subject goes on the exchange
 * for {@link SubjectInvokers}. A missing or wrong login answers 401 with the same message either way.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RestAuthenticationFilter implements ContainerRequestFilter {
    private final LoginGate gate;

    public RestAuthenticationFilter(LoginGate gate) {
        this.gate = gate;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (OpenApiDocument.PATH.equals(path) || path.equals(SwaggerUi.PATH) || path.startsWith(SwaggerUi.PATH + "/")) {
            return;
        }
        LoginGate.Outcome login = gate.check(SourceAddress.of(JAXRSUtils.getCurrentMessage()),
                request.getHeaderString(HttpHeaders.AUTHORIZATION));
        switch (login.verdict()) {
            case BLOCKED -> request.abortWith(error(429, login.message()));
            case UNAVAILABLE -> request.abortWith(Response.fromResponse(error(503, login.message()))
                    .header("Retry-After", "2").build());
            case REFUSED -> request.abortWith(Response.fromResponse(error(401, login.message()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, PbxLogin.CHALLENGE).build());
            case ALLOWED -> JAXRSUtils.getCurrentMessage().getExchange().put(Subject.class, login.subject());
        }
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.of(message)).build();
    }
}
