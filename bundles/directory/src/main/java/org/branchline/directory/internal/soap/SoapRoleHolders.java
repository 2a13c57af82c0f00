package org.branchline.directory.internal.soap;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.api.security.Role;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "roleHolders")
public class SoapRoleHolders {
    public String role;
    public String title;
    public List<String> users = new ArrayList<>();

    static SoapRoleHolders of(Role role, List<String> users) {
        SoapRoleHolders s = new SoapRoleHolders();
        s.role = role.key();
        s.title = role.title();
        s.users.addAll(users);
        return s;
    }
}
