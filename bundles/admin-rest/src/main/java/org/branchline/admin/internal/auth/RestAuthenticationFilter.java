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
import org.branchline.admin.internal.rest.ErrorBody;

/**
 * Every REST request but the OpenAPI document logs in with HTTP Basic; the subject goes on the exchange
 * for {@link SubjectInvokers}. A missing or wrong login answers 401 with the same message either way.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RestAuthenticationFilter implements ContainerRequestFilter {
    private final LoginThrottle throttle;

    public RestAuthenticationFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if ("openapi.json".equals(request.getUriInfo().getPath())) {
            return;
        }
        String source = SourceAddress.of(JAXRSUtils.getCurrentMessage());
        if (throttle.blocked(source)) {
            request.abortWith(error(429, "too many failed logins from " + source + "; try again later"));
            return;
        }
        Subject subject;
        try {
            subject = PbxLogin.fromAuthorizationHeader(request.getHeaderString(HttpHeaders.AUTHORIZATION)).orElse(null);
        } catch (PbxLogin.LoginUnavailableException e) {
            request.abortWith(Response.fromResponse(error(503, e.getMessage())).header("Retry-After", "2").build());
            return;
        }
        if (subject == null) {
            throttle.failed(source);
            request.abortWith(Response.fromResponse(error(401, "log in with a PBX user's login name and password"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, PbxLogin.CHALLENGE).build());
            return;
        }
        throttle.succeeded(source);
        JAXRSUtils.getCurrentMessage().getExchange().put(Subject.class, subject);
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.of(message)).build();
    }
}
