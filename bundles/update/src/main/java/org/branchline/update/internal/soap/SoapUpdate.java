package org.branchline.update.internal.soap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.update.Update;

/**
 * One software update: kind PATCH or UPGRADE, the feature versions it brings, instants as ISO-8601 text (no
 * activated while scheduled or after a failure), outcome scheduled, applying, applied, cancelled or "failed: why".
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "update")
public class SoapUpdate {
    public String id;
    public String fileName;
    public String version;
    public String kind;
    public List<SoapFeatureVersion> features = new ArrayList<>();
    public String requested;
    public String activateAt;
    public String activated;
    public String outcome;

    static SoapUpdate of(Update u) {
        SoapUpdate s = new SoapUpdate();
        s.id = u.id();
        s.fileName = u.fileName();
        s.version = u.version();
        s.kind = Objects.toString(u.kind(), null);
        s.features.addAll(SoapFeatureVersion.of(u.features()));
        s.requested = Objects.toString(u.requested(), null);
        s.activateAt = Objects.toString(u.activateAt(), null);
        s.activated = Objects.toString(u.activated(), null);
        s.outcome = u.outcome();
        return s;
    }
}
