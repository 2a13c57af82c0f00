package org.branchline.conference.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.conference.internal.Conference;

/** An unscheduled conference and the callers in it now. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "conference")
public class SoapConference {
    public String id;
    public int callers;

    static SoapConference of(Conference c) {
        SoapConference s = new SoapConference();
        s.id = c.id();
        s.callers = c.callers();
        return s;
    }
}
