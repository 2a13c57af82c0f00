package org.branchline.licensing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.api.licensing.FeatureLicense;

/**
 * One line of Maintenance &gt; Feature Keys: the feature (constant name and the guide's title), whether it is
 * licensed, and for counted features the numbers installed, allowed and used (-1: not counted now).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "featureLicense")
public class SoapFeatureLicense {
    public String feature;
    public String title;
    public boolean licensed;
    public int installed;
    public int allowed;
    public int used;
    public boolean availableOnModel;

    static SoapFeatureLicense of(FeatureLicense l) {
        SoapFeatureLicense s = new SoapFeatureLicense();
        s.feature = l.feature().name();
        s.title = l.feature().title();
        s.licensed = l.licensed();
        s.installed = l.installed();
        s.allowed = l.allowed();
        s.used = l.used();
        s.availableOnModel = l.availableOnModel();
        return s;
    }
}
