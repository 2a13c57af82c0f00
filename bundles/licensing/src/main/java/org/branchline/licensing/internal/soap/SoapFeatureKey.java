package org.branchline.licensing.internal.soap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.api.licensing.FeatureKey;

/**
 * An installed feature key; features by constant name (CONFERENCE_CENTER) with their count (1 for features
 * that are on or off); dates and instants as ISO-8601 text, no expires when the key never expires.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "featureKey")
public class SoapFeatureKey {
    public String id;
    public String serverId;
    public List<SoapFeatureCount> features = new ArrayList<>();
    public String issued;
    public String expires;
    public String installed;
    public String state;

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "featureCount")
    public static class SoapFeatureCount {
        public String feature;
        public int count;
    }

    static SoapFeatureKey of(FeatureKey k) {
        SoapFeatureKey s = new SoapFeatureKey();
        s.id = k.id();
        s.serverId = k.serverId();
        new TreeMap<>(k.features()).forEach((feature, count) -> {
            SoapFeatureCount c = new SoapFeatureCount();
            c.feature = feature.name();
            c.count = count;
            s.features.add(c);
        });
        s.issued = Objects.toString(k.issued(), null);
        s.expires = Objects.toString(k.expires(), null);
        s.installed = Objects.toString(k.installed(), null);
        s.state = k.state().name();
        return s;
    }
}
