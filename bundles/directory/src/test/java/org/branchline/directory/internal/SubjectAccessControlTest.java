package org.branchline.directory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.Principal;
import java.security.PrivilegedAction;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.branchline.api.admin.NotAuthenticatedException;
import org.branchline.api.admin.PermissionDeniedException;
import org.branchline.api.security.Permission;
import org.branchline.api.security.Role;
import org.branchline.directory.internal.roles.RoleFile;
import org.junit.jupiter.api.Test;

/** The caller's JAAS subject checked against the role files bound at the moment. */
class SubjectAccessControlTest {
    private static final Permission CALL_DETAILS = new Permission("call-records.call-details.view",
            "Reports > Call Details");
    private final SubjectAccessControl access = new SubjectAccessControl();
    private final RoleFile callRecords = new RoleFile(Map.of(
            "call-records.call-details.view", "Phone Administrator, Support Technician"));

    @Test
    void theRolesOfTheRowGrantAndOthersAreRefusedNamingThePage() {
        access.addRoleFile(callRecords);
        assertEquals("sue", as(subject("sue", Role.SUPPORT_TECHNICIAN), () -> access.require(CALL_DETAILS))
                .loginName());
        PermissionDeniedException refused = assertThrows(PermissionDeniedException.class,
                () -> as(subject("nick", Role.NETWORK_ADMINISTRATOR), () -> access.require(CALL_DETAILS)));
        assertEquals("user nick may not use Reports > Call Details (call-records.call-details.view, needs one of:"
                + " Server Administrator, Phone Administrator, Support Technician)", refused.getMessage());
    }

    @Test
    void withoutItsFileAPermissionIsRefusedEvenToTheServerAdministrator() {
        access.addRoleFile(callRecords);
        access.removeRoleFile(callRecords);
        PermissionDeniedException refused = assertThrows(PermissionDeniedException.class,
                () -> as(subject("admin", Role.SERVER_ADMINISTRATOR), () -> access.require(CALL_DETAILS)));
        assertEquals("user admin may not use Reports > Call Details (call-records.call-details.view, no row of the"
                + " role table grants it)", refused.getMessage());
    }

    @Test
    void karafsAdministratorActsAsTheServerAdministrator() {
        access.addRoleFile(callRecords);
        Subject console = new Subject(true, Set.of(new UserPrincipal("karaf"),
                new RolePrincipal(SubjectAccessControl.KARAF_ADMIN)), Set.of(), Set.of());
        assertEquals(Set.of(Role.SERVER_ADMINISTRATOR), as(console, () -> access.require(CALL_DETAILS)).roles());
    }

    @Test
    void aPendingPasswordChangeOrNoLoginIsRefusedFirst() {
        access.addRoleFile(callRecords);
        Subject pending = new Subject(true, Set.of(new UserPrincipal("pat"),
                new RolePrincipal(Role.PHONE_ADMINISTRATOR.principalName()),
                new RolePrincipal(SubjectAccessControl.PASSWORD_CHANGE_REQUIRED)), Set.of(), Set.of());
        assertThrows(PermissionDeniedException.class, () -> as(pending, () -> access.require(CALL_DETAILS)));
        assertThrows(NotAuthenticatedException.class, () -> access.require(CALL_DETAILS));
    }

    private static Subject subject(String login, Role role) {
        Set<Principal> principals = Set.of(new UserPrincipal(login), new RolePrincipal(role.principalName()));
        return new Subject(true, principals, Set.of(), Set.of());
    }

    @SuppressWarnings("removal")
    private static <T> T as(Subject subject, Supplier<T> action) {
        return Subject.doAs(subject, (PrivilegedAction<T>) action::get);
    }
}
