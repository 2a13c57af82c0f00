package org.branchline.callrecords.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** One call detail record as stored. */
@Entity
@Table(name = "call_record")
@NamedQuery(name = "CallRecord.since",
        query = "SELECT c FROM CallRecordEntity c WHERE c.started >= :since ORDER BY c.started DESC, c.id DESC")
public class CallRecordEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cdr")
    @SequenceGenerator(name = "cdr", sequenceName = "call_record_seq", allocationSize = 50)
    public long id;

    @Column(name = "call_id", nullable = false)
    public String callId;

    @Column(nullable = false)
    public Timestamp started;

    public Timestamp answered;

    @Column(nullable = false)
    public Timestamp ended;

    @Column(name = "from_party", nullable = false)
    public String from;

    @Column(name = "to_party", nullable = false)
    public String to;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(nullable = false)
    public String disposition;

    @Column(nullable = false)
    public String route;
}
