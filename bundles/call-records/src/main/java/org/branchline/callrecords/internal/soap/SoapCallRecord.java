package org.branchline.callrecords.internal.soap;

import java.util.Objects;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.api.calls.CallRecord;

/** A call detail record; instants as ISO-8601 text. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "callRecord")
public class SoapCallRecord {
    public long id;
    public String callId;
    public String started;
    public String answered;
    public String ended;
    public String from;
    public String to;
    public String answeredBy;
    public String disposition;
    public String route;

    static SoapCallRecord of(CallRecord c) {
        SoapCallRecord s = new SoapCallRecord();
        s.id = c.id();
        s.callId = c.callId();
        s.started = Objects.toString(c.started(), null);
        s.answered = Objects.toString(c.answered(), null);
        s.ended = Objects.toString(c.ended(), null);
        s.from = c.from();
        s.to = c.to();
        s.answeredBy = c.answeredBy();
        s.disposition = c.disposition().name();
        s.route = c.route();
        return s;
    }
}
