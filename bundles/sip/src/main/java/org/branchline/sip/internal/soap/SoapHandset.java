package org.branchline.sip.internal.soap;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.sip.CallAppearance;
import org.branchline.sip.Handset;

/** A generic SIP handset with its call appearances; the password is never shown. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "handset")
public class SoapHandset {
    public String loginId;
    public String description;
    public int lines;
    public List<SoapCallAppearance> appearances = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "callAppearance")
    public static class SoapCallAppearance {
        public int line;
        public String userId;
        public String loginId;
        public String owner;
    }

    static SoapHandset of(Handset h) {
        SoapHandset s = new SoapHandset();
        s.loginId = h.loginId();
        s.description = h.description();
        s.lines = h.lines();
        h.appearances().forEach(a -> s.appearances.add(appearance(a)));
        return s;
    }

    private static SoapCallAppearance appearance(CallAppearance a) {
        SoapCallAppearance s = new SoapCallAppearance();
        s.line = a.line();
        s.userId = a.userId();
        s.loginId = a.loginId();
        s.owner = a.owner();
        return s;
    }
}
