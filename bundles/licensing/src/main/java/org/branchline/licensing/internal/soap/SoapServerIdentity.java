package org.branchline.licensing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.api.licensing.ServerIdentity;

/** What identifies this server to the key vendor: the id keys are issued for, the model, the running release. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "serverIdentity")
public class SoapServerIdentity {
    public String serverId;
    public String model;
    public String version;

    static SoapServerIdentity of(ServerIdentity i) {
        SoapServerIdentity s = new SoapServerIdentity();
        s.serverId = i.serverId();
        s.model = i.model();
        s.version = i.version();
        return s;
    }
}
