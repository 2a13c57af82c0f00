package org.branchline.licensing.internal.store;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

@Entity
@Table(name = "lic_feature_key")
@NamedQuery(name = "FeatureKey.all", query = "SELECT k FROM FeatureKeyEntity k ORDER BY k.installedAt, k.keyId")
public class FeatureKeyEntity {
    @Id
    @Column(name = "key_id")
    public String keyId;

    @Column(nullable = false)
    public String document;

    @Column(name = "installed_at", nullable = false)
    public Timestamp installedAt;

    protected FeatureKeyEntity() {
    }

    public FeatureKeyEntity(String keyId, String document, Timestamp installedAt) {
        this.keyId = keyId;
        this.document = document;
        this.installedAt = installedAt;
    }
}
