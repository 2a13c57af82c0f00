package org.branchline.routing.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

@Entity
@Table(name = "rt_extension_routes")
@NamedQuery(name = "ExtensionRoutes.all", query = "SELECT r FROM ExtensionRoutesEntity r")
public class ExtensionRoutesEntity {
    @Id
    @Column(name = "ext_number")
    public String extension;

    @Column(name = "routes_text", nullable = false)
    public String text;

    protected ExtensionRoutesEntity() {
    }

    public ExtensionRoutesEntity(String extension, String text) {
        this.extension = extension;
        this.text = text;
    }
}
