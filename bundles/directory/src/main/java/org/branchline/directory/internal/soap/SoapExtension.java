package org.branchline.directory.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.api.directory.Extension;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "extension")
public class SoapExtension {
    public String number;
    public String kind;
    public String owner;
    public String description;

    static SoapExtension of(Extension e) {
        SoapExtension s = new SoapExtension();
        s.number = e.number();
        s.kind = e.kind().name();
        s.owner = e.owner();
        s.description = e.description();
        return s;
    }
}
