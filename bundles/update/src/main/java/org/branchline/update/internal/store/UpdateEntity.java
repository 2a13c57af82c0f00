package org.branchline.update.internal.store;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

@Entity
@Table(name = "upd_update")
@NamedQuery(name = "Update.all", query = "SELECT u FROM UpdateEntity u ORDER BY u.requested, u.updateId")
public class UpdateEntity {
    public static final String SCHEDULED = "scheduled";

    @Id
    @Column(name = "update_id")
    public String updateId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(nullable = false)
    public String version;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String features;

    @Column(nullable = false)
    public Timestamp requested;

    @Column(name = "activate_at", nullable = false)
    public Timestamp activateAt;

    public Timestamp activated;

    @Column(nullable = false)
    public String outcome;

    protected UpdateEntity() {
    }

    public UpdateEntity(String updateId, String fileName, String version, String kind, String features,
            Timestamp requested, Timestamp activateAt) {
        this.updateId = updateId;
        this.fileName = fileName;
        this.version = version;
        this.kind = kind;
        this.features = features;
        this.requested = requested;
        this.activateAt = activateAt;
        this.outcome = SCHEDULED;
    }
}
