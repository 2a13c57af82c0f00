package org.branchline.routing.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "rt_call_park")
public class CallParkEntity {
    public static final int ROW = 1;

    @Id
    private Integer id;

    @Column(name = "timeout_seconds", nullable = false)
    public int timeoutSeconds;

    @Column(name = "timeout_extension")
    public String timeoutExtension;

    protected CallParkEntity() {
    }
}
