package org.branchline.directory.internal.soap;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.api.directory.User;

/** A user as the SOAP door shows it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "user")
public class SoapUser {
    public String loginName;
    public String fullName;
    public String presence;
    public boolean requirePasswordChange;
    public boolean requirePinChange;
    public String template;
    public boolean templateOverridden;
    public List<String> roles = new ArrayList<>();
    public List<String> extensions = new ArrayList<>();

    static SoapUser of(User u) {
        SoapUser s = new SoapUser();
        s.loginName = u.loginName();
        s.fullName = u.fullName();
        s.presence = u.presence().title();
        s.requirePasswordChange = u.requirePasswordChange();
        s.requirePinChange = u.requirePinChange();
        s.template = u.template();
        s.templateOverridden = u.templateOverridden();
        u.roles().forEach(r -> s.roles.add(r.key()));
        s.extensions.addAll(u.extensions());
        return s;
    }
}
