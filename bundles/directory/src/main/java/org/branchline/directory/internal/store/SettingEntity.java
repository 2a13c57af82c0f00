package org.branchline.directory.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One directory-wide setting (dial plan, password requirements), stored as text. */
@Entity
@Table(name = "dir_setting")
public class SettingEntity {
    @Id
    @Column(name = "setting_name")
    private String name;

    @Column(name = "setting_value", nullable = false)
    public String value;

    protected SettingEntity() {
    }

    public SettingEntity(String name, String value) {
        this.name = name;
        this.value = value;
    }
}
