package org.branchline.routing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.api.routing.SpeedDial;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "speedDial")
public class SoapSpeedDial {
    public String number;
    public String description;
    public String dial;

    static SoapSpeedDial of(SpeedDial d) {
        SoapSpeedDial s = new SoapSpeedDial();
        s.number = d.number();
        s.description = d.description();
        s.dial = d.dial();
        return s;
    }
}
