package org.branchline.sip.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

@Entity
@Table(name = "sip_handset")
@NamedQuery(name = "Handset.count", query = "SELECT COUNT(h) FROM HandsetEntity h")
@NamedQuery(name = "Handset.all", query = "SELECT h FROM HandsetEntity h ORDER BY h.loginId")
public class HandsetEntity {
    @Id
    @Column(name = "login_id")
    public String loginId;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public int lines;

    protected HandsetEntity() {
    }

    public HandsetEntity(String loginId, String description, int lines) {
        this.loginId = loginId;
        this.description = description;
        this.lines = lines;
    }
}
