package org.branchline.directory.internal.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

@Entity
@Table(name = "dir_user")
@NamedQuery(name = "User.all", query = "SELECT u FROM UserEntity u ORDER BY u.loginName")
@NamedQuery(name = "User.count", query = "SELECT COUNT(u) FROM UserEntity u")
@NamedQuery(name = "User.countByTemplate", query = "SELECT COUNT(u) FROM UserEntity u WHERE u.templateId = :id")
@NamedQuery(name = "User.byTemplate", query = "SELECT u.loginName FROM UserEntity u WHERE u.templateId = :id ORDER BY u.loginName")
public class UserEntity {
    @Id
    @Column(name = "login_name")
    private String loginName;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "pin_hash", nullable = false)
    public String pinHash;

    @Column(name = "require_password_change", nullable = false)
    public boolean requirePasswordChange;

    @Column(name = "require_pin_change", nullable = false)
    public boolean requirePinChange;

    @Column(nullable = false)
    public String presence;

    @Column(name = "template_id", nullable = false)
    public Long templateId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dir_user_role", joinColumns = @JoinColumn(name = "login_name"))
    @Column(name = "role_key")
    public Set<String> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dir_user_setting", joinColumns = @JoinColumn(name = "login_name"))
    @MapKeyColumn(name = "setting_name")
    @Column(name = "setting_value")
    public Map<String, String> settings = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dir_user_override", joinColumns = @JoinColumn(name = "login_name"))
    @Column(name = "setting_name")
    public Set<String> overrides = new HashSet<>();

    protected UserEntity() {
    }

    public UserEntity(String loginName) {
        this.loginName = loginName;
    }

    public String loginName() {
        return loginName;
    }
}
