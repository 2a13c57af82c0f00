package org.branchline.sip.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

@Entity
@Table(name = "sip_call_appearance")
@NamedQuery(name = "CallAppearance.all", query = "SELECT a FROM CallAppearanceEntity a ORDER BY a.handsetLoginId, a.line")
@NamedQuery(name = "CallAppearance.ofHandset",
        query = "SELECT a FROM CallAppearanceEntity a WHERE a.handsetLoginId = :handset ORDER BY a.line")
@NamedQuery(name = "CallAppearance.byLoginId", query = "SELECT a FROM CallAppearanceEntity a WHERE a.loginId = :login")
public class CallAppearanceEntity {
    @Id
    @Column(name = "user_id")
    public String userId;

    @Column(name = "handset_login_id", nullable = false)
    public String handsetLoginId;

    @Column(nullable = false)
    public int line;

    @Column(name = "login_id", nullable = false)
    public String loginId;

    @Column(name = "owner_login")
    public String owner;

    @Column(name = "ha1_md5", nullable = false)
    public String ha1Md5;

    @Column(name = "ha1_sha256", nullable = false)
    public String ha1Sha256;

    protected CallAppearanceEntity() {
    }

    public CallAppearanceEntity(String userId, String handsetLoginId, int line, String loginId) {
        this.userId = userId;
        this.handsetLoginId = handsetLoginId;
        this.line = line;
        this.loginId = loginId;
    }
}
