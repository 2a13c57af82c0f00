package org.branchline.update.internal.soap;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A Karaf feature and its version (branchline-sip 1.2.3). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "featureVersion")
public class SoapFeatureVersion {
    public String name;
    public String version;

    /** By name. */
    static List<SoapFeatureVersion> of(Map<String, String> versions) {
        return new TreeMap<>(versions).entrySet().stream().map(e -> {
            SoapFeatureVersion s = new SoapFeatureVersion();
            s.name = e.getKey();
            s.version = e.getValue();
            return s;
        }).toList();
    }
}
