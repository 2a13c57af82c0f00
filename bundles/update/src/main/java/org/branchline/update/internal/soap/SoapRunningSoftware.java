package org.branchline.update.internal.soap;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.update.RunningSoftware;

/**
 * The release running and the Branchline features installed now, with their versions after patches ("software":
 * the wrapper of the operation runningSoftware has that name).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "software")
public class SoapRunningSoftware {
    public String release;
    public List<SoapFeatureVersion> features = new ArrayList<>();

    static SoapRunningSoftware of(RunningSoftware r) {
        SoapRunningSoftware s = new SoapRunningSoftware();
        s.release = r.release();
        s.features.addAll(SoapFeatureVersion.of(r.features()));
        return s;
    }
}
