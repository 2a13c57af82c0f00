package org.branchline.sip.internal.soap;

import java.util.Objects;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.sip.Registration;

/** One registered contact of a call appearance; expires as ISO-8601 text. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "registration")
public class SoapRegistration {
    public String loginId;
    public String userId;
    public String contact;
    public String source;
    public String expires;
    public String userAgent;

    static SoapRegistration of(Registration r) {
        SoapRegistration s = new SoapRegistration();
        s.loginId = r.loginId();
        s.userId = r.userId();
        s.contact = r.contact();
        s.source = r.source();
        s.expires = Objects.toString(r.expires(), null);
        s.userAgent = r.userAgent();
        return s;
    }
}
