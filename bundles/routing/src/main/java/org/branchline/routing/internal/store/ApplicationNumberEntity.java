package org.branchline.routing.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/** One number reaching a call application; the key is the number's dial plan form (see ApplicationNumbers). */
@Entity
@Table(name = "rt_application_number")
@NamedQuery(name = "ApplicationNumber.all", query = "SELECT a FROM ApplicationNumberEntity a")
public class ApplicationNumberEntity {
    @Id
    @Column(name = "number_key")
    public String key;

    @Column(name = "dial_function")
    public String function;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String argument;

    @Column(nullable = false)
    public String application;

    public String instance;

    @Column(name = "while_absent", nullable = false)
    public String whileAbsent;

    protected ApplicationNumberEntity() {
    }

    public ApplicationNumberEntity(String key) {
        this.key = key;
    }
}
