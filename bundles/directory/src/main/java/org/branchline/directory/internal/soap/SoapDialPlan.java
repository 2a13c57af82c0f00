package org.branchline.directory.internal.soap;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.api.directory.DialPlan;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "dialPlan")
public class SoapDialPlan {
    public String mode;
    public int extensionLength;
    public List<String> digits = new ArrayList<>();

    static SoapDialPlan of(DialPlan plan) {
        SoapDialPlan s = new SoapDialPlan();
        s.mode = plan.mode().name();
        s.extensionLength = plan.extensionLength();
        plan.digitsByField().forEach((field, digit) -> s.digits.add(field + "=" + digit));
        return s;
    }
}
