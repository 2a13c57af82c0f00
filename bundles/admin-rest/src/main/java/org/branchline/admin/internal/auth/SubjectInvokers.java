package org.branchline.admin.internal.auth;

import java.security.PrivilegedAction;
import javax.security.auth.Subject;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.jaxrs.JAXRSInvoker;
import org.apache.cxf.jaxws.JAXWSMethodInvoker;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.service.invoker.Invoker;
import org.branchline.admin.internal.rest.AdminExceptionMapper;
import org.branchline.api.admin.AdminException;

/**
 * Runs the service call as the subject the door's login produced, so that the admin services find the
 * caller (and its roles) the same way for REST, SOAP and the shell.
 */
public final class SubjectInvokers {
    /** Of the fault detail every SOAP door gives a refusal: {@code <refused status="400">rule</refused>}. */
    static final String FAULT_NAMESPACE = "urn:branchline:admin:1";

    private SubjectInvokers() {
    }

    public static Invoker rest() {
        return new JAXRSInvoker() {
            @Override
            public Object invoke(Exchange exchange, Object request) {
                return asSubject(exchange, () -> super.invoke(exchange, request));
            }
        };
    }

    public static Invoker soap(Object implementor) {
        return new JAXWSMethodInvoker(implementor) {
            @Override
            public Object invoke(Exchange exchange, Object request) {
                try {
                    return asSubject(exchange, () -> super.invoke(exchange, request));
                } catch (Fault f) {
                    throw f.getCause() instanceof AdminException e ? clientFault(e) : f;
                }
            }
        };
    }

    /**
     * A refused operation is the client's fault: soap:Client, the rule as the fault string, the field as detail;
     * a feature that is not installed (503) is soap:Server.
     */
    private static Fault clientFault(AdminException e) {
        Fault fault = new Fault(e.getMessage(), java.util.logging.Logger.getGlobal());
        int status = AdminExceptionMapper.status(e);
        fault.setFaultCode(status >= 500 ? Fault.FAULT_CODE_SERVER : Fault.FAULT_CODE_CLIENT);
        org.w3c.dom.Element detail = fault.getOrCreateDetail();
        org.w3c.dom.Element kind = detail.getOwnerDocument().createElementNS(FAULT_NAMESPACE, "refused");
        kind.setAttribute("status", String.valueOf(status));
        kind.setTextContent(e.getMessage());
        detail.appendChild(kind);
        return fault;
    }

    @SuppressWarnings("removal")
    private static Object asSubject(Exchange exchange, PrivilegedAction<Object> call) {
        Subject subject = exchange.get(Subject.class);
        return subject == null ? call.run() : Subject.doAs(subject, call);
    }
}
