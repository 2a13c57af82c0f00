package org.branchline.directory.internal;

import java.security.AccessController;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.branchline.api.admin.NotAuthenticatedException;
import org.branchline.api.admin.PermissionDeniedException;
import org.branchline.api.security.AccessControl;
import org.branchline.api.security.AdminCaller;
import org.branchline.api.security.Permission;
import org.branchline.api.security.Role;
import org.branchline.directory.internal.roles.RoleFile;
import org.branchline.directory.internal.roles.RoleTable;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Reads the caller from the JAAS subject the door runs the operation under: the Karaf shell runs commands
 * as the ssh/console subject, the REST and SOAP doors as the subject their HTTP Basic login produced. The
 * caller's roles are checked against the role table made of every role file present (a subsystem's file comes
 * and goes with its feature).
 */
@Component(service = AccessControl.class)
public class SubjectAccessControl implements AccessControl {
    /** Role principal added at login while the user must change the password first. */
    public static final String PASSWORD_CHANGE_REQUIRED = "pbx-password-change-required";
    /**
     * Karaf's own administrator role: the PBX realm gives it only to the Server Administrator, and the
     * appliance ships no other Karaf user, so the local console of the box (which holds it) acts as one.
     */
    public static final String KARAF_ADMIN = "admin";
    private final RoleTable table = new RoleTable();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRoleFile(RoleFile file) {
        table.add(file);
    }

    void removeRoleFile(RoleFile file) {
        table.remove(file);
    }

    @Override
    public AdminCaller caller() {
        return current().orElseThrow(() -> new NotAuthenticatedException("log in as a PBX user first"));
    }

    @Override
    public AdminCaller require(Permission permission) {
        AdminCaller caller = caller();
        if (caller.passwordChangeRequired()) {
            throw new PermissionDeniedException("user " + caller.loginName()
                    + " must change the password before doing anything else");
        }
        if (!table.grants(caller.roles(), permission)) {
            throw denied(caller, permission);
        }
        return caller;
    }

    private PermissionDeniedException denied(AdminCaller caller, Permission permission) {
        Set<Role> holders = table.holders(permission);
        String who = holders.isEmpty() ? "no row of the role table grants it"
                : "needs one of: " + String.join(", ", holders.stream().map(Role::title).toList());
        return new PermissionDeniedException("user " + caller.loginName() + " may not use " + permission.page()
                + " (" + permission.name() + ", " + who + ")");
    }

    @SuppressWarnings("removal")
    static Optional<AdminCaller> current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return Optional.empty();
        }
        String login = null;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boolean changeRequired = false;
        for (Principal p : subject.getPrincipals()) {
            if (p instanceof UserPrincipal) {
                login = p.getName();
            } else if (p instanceof RolePrincipal) {
                changeRequired |= PASSWORD_CHANGE_REQUIRED.equals(p.getName());
                Role.fromPrincipalName(p.getName()).ifPresent(roles::add);
                if (KARAF_ADMIN.equals(p.getName())) {
                    roles.add(Role.SERVER_ADMINISTRATOR);
                }
            }
        }
        return login == null ? Optional.empty() : Optional.of(new AdminCaller(login, roles, changeRequired));
    }

}
