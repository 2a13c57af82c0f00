package org.branchline.admin.internal.auth;

import javax.servlet.http.HttpServletRequest;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

final class SourceAddress {
    private SourceAddress() {
    }

    static String of(Message message) {
        Object request = message == null ? null : message.get(AbstractHTTPDestination.HTTP_REQUEST);
        return request instanceof HttpServletRequest r ? r.getRemoteAddr() : "unknown";
    }
}
