package org.branchline.routing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.api.routing.CallParkSettings;

/** Phone System &gt; Call Park; no timeout extension: back to the call appearance that parked the call. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "callPark")
public class SoapCallPark {
    public int timeoutSeconds;
    public String timeoutExtension;

    static SoapCallPark of(CallParkSettings c) {
        SoapCallPark s = new SoapCallPark();
        s.timeoutSeconds = c.timeoutSeconds();
        s.timeoutExtension = c.timeoutExtension();
        return s;
    }
}
