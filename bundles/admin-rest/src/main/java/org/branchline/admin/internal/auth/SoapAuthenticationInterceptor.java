package org.branchline.admin.internal.auth;

import java.io.IOException;
import javax.security.auth.Subject;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

/**
 * SOAP calls log in with HTTP Basic before the operation runs (the WSDL, answered earlier in the chain,
 * stays public). A missing or wrong login answers HTTP 401 with a challenge, as the REST door does.
 */
public class SoapAuthenticationInterceptor extends AbstractPhaseInterceptor<Message> {
    private final LoginThrottle throttle;

    public SoapAuthenticationInterceptor(LoginThrottle throttle) {
        super(Phase.PRE_INVOKE);
        this.throttle = throttle;
    }

    @Override
    public void handleMessage(Message message) {
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        String source = SourceAddress.of(message);
        Subject subject;
        try {
            subject = throttle.blocked(source) ? null
                    : PbxLogin.fromAuthorizationHeader(request.getHeader("Authorization")).orElse(null);
        } catch (PbxLogin.LoginUnavailableException e) {
            refuse(message, 503, e.getMessage());
            return;
        }
        if (subject == null) {
            throttle.failed(source);
            refuse(message, 401, "log in with a PBX user's login name and password");
            return;
        }
        throttle.succeeded(source);
        message.getExchange().put(Subject.class, subject);
    }

    private static void refuse(Message message, int status, String text) {
        HttpServletResponse response = (HttpServletResponse) message.get(AbstractHTTPDestination.HTTP_RESPONSE);
        try {
            response.setStatus(status);
            if (status == 401) {
                response.setHeader("WWW-Authenticate", PbxLogin.CHALLENGE);
            }
            response.setContentType("text/plain");
            response.getWriter().write(text + "\n");
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing more to tell it
        }
        message.getInterceptorChain().abort();
    }
}
