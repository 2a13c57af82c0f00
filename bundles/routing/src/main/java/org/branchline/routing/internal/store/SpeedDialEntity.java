package org.branchline.routing.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

@Entity
@Table(name = "rt_speed_dial")
@NamedQuery(name = "SpeedDial.all", query = "SELECT s FROM SpeedDialEntity s")
public class SpeedDialEntity {
    @Id
    @Column(name = "dial_number")
    public String number;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String dial;

    protected SpeedDialEntity() {
    }

    public SpeedDialEntity(String number, String description, String dial) {
        this.number = number;
        this.description = description;
        this.dial = dial;
    }
}
