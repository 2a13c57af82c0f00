package org.branchline.routing.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

@Entity
@Table(name = "rt_phone_state")
@NamedQuery(name = "PhoneState.all", query = "SELECT s FROM PhoneStateEntity s")
public class PhoneStateEntity {
    @Id
    @Column(name = "user_id")
    public String userId;

    @Column(name = "do_not_disturb", nullable = false)
    public boolean doNotDisturb;

    @Column(name = "forward_to")
    public String forwardTo;

    protected PhoneStateEntity() {
    }

    public PhoneStateEntity(String userId) {
        this.userId = userId;
    }
}
