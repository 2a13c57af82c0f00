package org.branchline.directory.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.api.directory.PasswordRequirements;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "passwordRequirements")
public class SoapPasswordRequirements {
    public boolean strong;
    public int minimumLength;
    public boolean requireLowerCase;
    public boolean requireUpperCase;
    public boolean requireDigit;
    public boolean requireSpecial;

    static SoapPasswordRequirements of(PasswordRequirements r) {
        SoapPasswordRequirements s = new SoapPasswordRequirements();
        s.strong = r.strong();
        s.minimumLength = r.minimumLength();
        s.requireLowerCase = r.requireLowerCase();
        s.requireUpperCase = r.requireUpperCase();
        s.requireDigit = r.requireDigit();
        s.requireSpecial = r.requireSpecial();
        return s;
    }

    PasswordRequirements toRequirements() {
        return new PasswordRequirements(strong, minimumLength, requireLowerCase, requireUpperCase, requireDigit,
                requireSpecial);
    }
}
