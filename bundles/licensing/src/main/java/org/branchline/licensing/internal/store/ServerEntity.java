package org.branchline.licensing.internal.store;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "lic_server")
public class ServerEntity {
    public static final int SINGLETON = 1;

    @Id
    public int singleton = SINGLETON;

    @Column(name = "server_id", nullable = false)
    public String serverId;

    @Column(name = "created_at", nullable = false)
    public Timestamp createdAt;

    protected ServerEntity() {
    }

    public ServerEntity(String serverId, Timestamp createdAt) {
        this.serverId = serverId;
        this.createdAt = createdAt;
    }
}
