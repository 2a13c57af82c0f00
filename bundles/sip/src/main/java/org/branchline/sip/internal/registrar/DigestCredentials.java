package org.branchline.sip.internal.registrar;

import java.util.Optional;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.Parameters;

/** The parameters of an Authorization or Proxy-Authorization header, as the phone sent them. */
public record DigestCredentials(String username, String realm, String nonce, String uri, String response,
        String algorithm, String cnonce, String nc, String qop) {

    public static Optional<DigestCredentials> of(javax.sip.header.Header header) {
        if (!(header instanceof AuthorizationHeader a) || !"Digest".equalsIgnoreCase(a.getScheme())) {
            return Optional.empty();
        }
        Parameters p = (Parameters) a;
        return Optional.of(new DigestCredentials(p.getParameter("username"), p.getParameter("realm"),
                p.getParameter("nonce"), p.getParameter("uri"), p.getParameter("response"),
                p.getParameter("algorithm"), p.getParameter("cnonce"), p.getParameter("nc"), p.getParameter("qop")));
    }
}
