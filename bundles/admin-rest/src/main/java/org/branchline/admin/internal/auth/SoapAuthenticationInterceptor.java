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
    private final LoginGate gate;

    public SoapAuthenticationInterceptor(LoginGate gate) {
        super(Phase.PRE_INVOKE);
        this.gate = gate;
    }

    @Override
    public void handleMessage(Message message) {
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        LoginGate.Outcome login = gate.check(SourceAddress.of(message), request.getHeader("Authorization"));
        switch (login.verdict()) {
            case UNAVAILABLE -> refuse(message, 503, login.message());
            // a blocked address is not told so: it gets the answer of a wrong password
            case BLOCKED, REFUSED -> refuse(message, 401, "log in with a PBX user's login name and password");
            case ALLOWED -> message.getExchange().put(Subject.class, login.subject());
        }
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
