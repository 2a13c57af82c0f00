package org.branchline.directory.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

@Entity
@Table(name = "dir_extension")
@NamedQuery(name = "Extension.all", query = "SELECT e FROM ExtensionEntity e ORDER BY e.number")
@NamedQuery(name = "Extension.count", query = "SELECT COUNT(e) FROM ExtensionEntity e")
@NamedQuery(name = "Extension.byOwner", query = "SELECT e FROM ExtensionEntity e WHERE e.owner = :owner ORDER BY e.number")
public class ExtensionEntity {
    @Id
    @Column(name = "ext_number")
    public String number;

    @Column(nullable = false)
    public String kind;

    @Column(name = "owner_login")
    public String owner;

    @Column(nullable = false)
    public String description;

    protected ExtensionEntity() {
    }

    public ExtensionEntity(String number, String kind, String owner, String description) {
        this.number = number;
        this.kind = kind;
        this.owner = owner;
        this.description = description;
    }
}
