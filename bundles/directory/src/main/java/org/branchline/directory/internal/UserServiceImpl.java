package org.branchline.directory.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.branchline.api.admin.ConflictException;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.directory.PasswordRequirements;
import org.branchline.api.directory.Presence;
import org.branchline.api.directory.TemplateApplication;
import org.branchline.api.directory.User;
import org.branchline.api.directory.UserChange;
import org.branchline.api.directory.UserService;
import org.branchline.api.licensing.Capacity;
import org.branchline.api.licensing.LicenseLimits;
import org.branchline.api.licensing.Licenses;
import org.branchline.api.security.AccessControl;
import org.branchline.api.security.AdminCaller;
import org.branchline.api.security.Role;
import org.branchline.directory.internal.rules.LoginNameRules;
import org.branchline.directory.internal.rules.PasswordRules;
import org.branchline.directory.internal.rules.PinRules;
import org.branchline.directory.internal.rules.TemplateMerge;
import org.branchline.directory.internal.rules.TemplateSettings;
import org.branchline.directory.internal.store.ExtensionEntity;
import org.branchline.directory.internal.store.TemplateEntity;
import org.branchline.directory.internal.store.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@Component(service = UserService.class)
public class UserServiceImpl implements UserService {
    /** Checked against for unknown names, so that they take as long to refuse as a wrong password. */
    private static final String UNKNOWN_USER_HASH = PasswordHasher.hash("unknown user");
    private final DirectoryDatabase db;
    private final AccessControl access;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Licenses licenses;

    @Activate
    public UserServiceImpl(@Reference DirectoryDatabase db, @Reference AccessControl access) {
        this.db = db;
        this.access = access;
    }

    @Override
    public List<User> list() {
        access.require(DirectoryPermissions.USERS_VIEW);
        return db.call(em -> Users.all(em).stream().map(u -> Users.view(em, u)).toList());
    }

    @Override
    public User get(String loginName) {
        AdminCaller caller = access.caller();
        if (!caller.loginName().equals(loginName)) {
            access.require(DirectoryPermissions.USERS_VIEW);
        }
        return db.call(em -> Users.view(em, Users.require(em, loginName)));
    }

    @Override
    public synchronized User create(String loginName, String template, UserChange fields) {
        access.require(DirectoryPermissions.USERS_MODIFY);
        LoginNameRules.check(loginName);
        return db.call(em -> {
            if (em.find(UserEntity.class, loginName) != null) {
                throw new ConflictException("login-name", "a user named '" + loginName + "' already exists");
            }
            LicenseLimits.running(licenses).requireRoomFor(Capacity.USERS, LicensedCounts.users(em));
            TemplateEntity t = Templates.named(em, template);
            UserEntity u = new UserEntity(loginName);
            u.templateId = t.id();
            u.settings.putAll(t.settings());
            u.presence = Presence.IN_OFFICE.name();
            u.pinHash = PasswordHasher.hash(PinRules.DEFAULT_PIN);
            u.requirePasswordChange = true;
            u.requirePinChange = true;
            if (fields.fullName() == null || fields.fullName().isBlank()) {
                throw new InvalidFieldException("full-name", "is required");
            }
            if (fields.password() == null) {
                throw new InvalidFieldException("password", "is required");
            }
            apply(em, u, fields, t);
            em.persist(u);
            em.flush();
            return Users.view(em, u);
        });
    }

    @Override
    public User update(String loginName, UserChange fields) {
        access.require(DirectoryPermissions.USERS_MODIFY);
        return db.call(em -> {
            UserEntity u = Users.require(em, loginName);
            if (fields.password() != null && Users.roles(u).contains(Role.SERVER_ADMINISTRATOR)) {
                access.require(DirectoryPermissions.SERVER_ADMINISTRATOR_PASSWORD_CHANGE);
            }
            apply(em, u, fields, em.find(TemplateEntity.class, u.templateId));
            return Users.view(em, u);
        });
    }

    private void apply(EntityManager em, UserEntity u, UserChange f, TemplateEntity template) {
        if (f.fullName() != null) {
            u.fullName = requireText("full-name", f.fullName(), 128);
        }
        if (f.password() != null) {
            PasswordRules.check("password", DirectorySettings.passwordRequirements(em), f.password());
            u.passwordHash = PasswordHasher.hash(f.password());
        }
        if (f.pin() != null) {
            PinRules.check("pin", f.pin());
            u.pinHash = PasswordHasher.hash(f.pin());
        }
        if (f.requirePasswordChange() != null) {
            u.requirePasswordChange = f.requirePasswordChange();
        }
        if (f.requirePinChange() != null) {
            u.requirePinChange = f.requirePinChange();
        }
        if (f.presence() != null) {
            u.presence = f.presence().name();
        }
        if (f.settings() != null) {
            f.settings().forEach((key, value) -> {
                TemplateSettings.validate(key, value);
                u.settings.put(key, TemplateSettings.normalise(key, value));
            });
            u.overrides.clear();
            u.overrides.addAll(TemplateMerge.overridesAfterEdit(u.settings, template.settings()));
        }
    }

    private static String requireText(String field, String value, int max) {
        String v = value.strip();
        if (v.isEmpty()) {
            throw new InvalidFieldException(field, "is required");
        }
        if (v.length() > max) {
            throw new InvalidFieldException(field, "must be at most " + max + " characters");
        }
        return v;
    }

    @Override
    public void delete(String loginName) {
        access.require(DirectoryPermissions.USERS_MODIFY);
        db.run(em -> {
            UserEntity u = Users.require(em, loginName);
            if (Users.roles(u).contains(Role.SERVER_ADMINISTRATOR)) {
                throw new ConflictException("login-name", "the Server Administrator cannot be deleted");
            }
            em.createNamedQuery("Extension.byOwner", ExtensionEntity.class).setParameter("owner", loginName)
                    .getResultList().forEach(em::remove);
            em.remove(u);
        });
    }

    @Override
    public User setPresence(String loginName, Presence presence) {
        if (presence == null) {
            throw new InvalidFieldException("presence", "must be one of " + presences());
        }
        AdminCaller caller = access.caller();
        if (!caller.loginName().equals(loginName)) {
            access.require(DirectoryPermissions.USERS_MODIFY);
        }
        return db.call(em -> {
            UserEntity u = Users.require(em, loginName);
            u.presence = presence.name();
            return Users.view(em, u);
        });
    }

    static String presences() {
        return String.join(", ", java.util.Arrays.stream(Presence.values()).map(Presence::title).toList());
    }

    @Override
    public User applyTemplate(String loginName, String template, TemplateApplication how) {
        access.require(DirectoryPermissions.USERS_MODIFY);
        if (how == null) {
            throw new InvalidFieldException("mode", "must be SET or MERGE");
        }
        return db.call(em -> {
            UserEntity u = Users.require(em, loginName);
            TemplateEntity t = Templates.named(em, template);
            TemplateMerge.Result r = TemplateMerge.apply(how, u.settings, u.overrides, t.settings());
            u.settings.clear();
            u.settings.putAll(r.settings());
            u.overrides.clear();
            u.overrides.addAll(r.overrides());
            u.templateId = t.id();
            return Users.view(em, u);
        });
    }

    @Override
    public User assignRole(String loginName, Role role) {
        requireRoleAssignment(role);
        return db.call(em -> {
            UserEntity u = Users.require(em, loginName);
            u.roles.add(role.key());
            return Users.view(em, u);
        });
    }

    @Override
    public User removeRole(String loginName, Role role) {
        requireRoleAssignment(role);
        return db.call(em -> {
            UserEntity u = Users.require(em, loginName);
            u.roles.remove(role.key());
            return Users.view(em, u);
        });
    }

    private void requireRoleAssignment(Role role) {
        if (role == null) {
            throw new InvalidFieldException("role", "must be one of " + String.join(", ",
                    java.util.Arrays.stream(Role.values()).map(Role::key).toList()));
        }
        if (role == Role.SERVER_ADMINISTRATOR) {
            access.require(DirectoryPermissions.OTHER_ROLES_ASSIGN);
            throw new ConflictException("role", "the Server Administrator role is predefined and cannot be"
                    + " assigned or removed");
        }
        access.require(role == Role.PHONE_ADMINISTRATOR ? DirectoryPermissions.PHONE_ADMINISTRATOR_ROLE_ASSIGN
                : DirectoryPermissions.OTHER_ROLES_ASSIGN);
    }

    @Override
    public Map<Role, List<String>> roles() {
        access.require(DirectoryPermissions.ROLES_VIEW);
        return db.call(em -> {
            Map<Role, List<String>> out = new EnumMap<>(Role.class);
            for (Role r : Role.values()) {
                out.put(r, new ArrayList<>());
            }
            Users.all(em).forEach(u -> Users.roles(u).forEach(r -> out.get(r).add(u.loginName())));
            return out;
        });
    }

    @Override
    public PasswordRequirements passwordRequirements() {
        access.require(DirectoryPermissions.USERS_VIEW);
        return db.call(DirectorySettings::passwordRequirements);
    }

    @Override
    public PasswordRequirements updatePasswordRequirements(PasswordRequirements requirements) {
        access.require(DirectoryPermissions.PASSWORD_REQUIREMENTS_MODIFY);
        PasswordRules.validateRequirements(requirements);
        PasswordRequirements stored = PasswordRules.normalise(requirements);
        return db.call(em -> {
            DirectorySettings.save(em, stored);
            return stored;
        });
    }

    @Override
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AdminCaller caller = access.caller();
        db.run(em -> {
            UserEntity u = Users.require(em, caller.loginName());
            if (currentPassword == null || !PasswordHasher.matches(currentPassword, u.passwordHash)) {
                throw new InvalidFieldException("current-password", "does not match");
            }
            if (newPassword == null) {
                throw new InvalidFieldException("new-password", "is required");
            }
            PasswordRules.check("new-password", DirectorySettings.passwordRequirements(em), newPassword);
            if (newPassword.equals(currentPassword)) {
                throw new InvalidFieldException("new-password", "must differ from the current password");
            }
            u.passwordHash = PasswordHasher.hash(newPassword);
            u.requirePasswordChange = false;
        });
    }

    @Override
    public Optional<AdminCaller> authenticate(String loginName, String password) {
        if (loginName == null || password == null) {
            return Optional.empty();
        }
        return db.call(em -> {
            UserEntity u = em.find(UserEntity.class, loginName);
            if (u == null) {
                PasswordHasher.matches(password, UNKNOWN_USER_HASH);
                return Optional.empty();
            }
            if (!PasswordHasher.matches(password, u.passwordHash)) {
                return Optional.empty();
            }
            if (!u.requirePasswordChange && !PasswordRules.complies(DirectorySettings.passwordRequirements(em), password)) {
                u.requirePasswordChange = true;
            }
            return Optional.of(new AdminCaller(loginName, Users.roles(u), u.requirePasswordChange));
        });
    }
}
