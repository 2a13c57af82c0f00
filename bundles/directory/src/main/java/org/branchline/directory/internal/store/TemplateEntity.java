package org.branchline.directory.internal.store;

import java.util.HashMap;
import java.util.Map;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

@Entity
@Table(name = "dir_template")
@NamedQuery(name = "Template.byName", query = "SELECT t FROM TemplateEntity t WHERE t.name = :name")
@NamedQuery(name = "Template.all", query = "SELECT t FROM TemplateEntity t ORDER BY t.id")
public class TemplateEntity {
    @Id
    @TableGenerator(name = "dir_template", table = "dir_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "dir_template", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "dir_template")
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private boolean editable;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dir_template_setting", joinColumns = @JoinColumn(name = "template_id"))
    @MapKeyColumn(name = "setting_name")
    @Column(name = "setting_value")
    private Map<String, String> settings = new HashMap<>();

    protected TemplateEntity() {
    }

    public TemplateEntity(String name, boolean editable, Map<String, String> settings) {
        this.name = name;
        this.editable = editable;
        this.settings = new HashMap<>(settings);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public boolean editable() {
        return editable;
    }

    public Map<String, String> settings() {
        return settings;
    }
}
