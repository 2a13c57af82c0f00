package org.branchline.directory.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.directory.UserChange;

/** The fields of a user to create or change; an absent element leaves the field as it is. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "userFields")
public class SoapUserFields {
    public String fullName;
    public String password;
    public String pin;
    public Boolean requirePasswordChange;
    public Boolean requirePinChange;
    public String presence;

    UserChange change() {
        return new UserChange(fullName, password, pin, requirePasswordChange, requirePinChange,
                presence == null ? null : RequestFields.presence(presence), null);
    }
}
