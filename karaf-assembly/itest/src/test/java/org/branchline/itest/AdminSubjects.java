package org.branchline.itest;

import java.security.Principal;
import java.security.PrivilegedAction;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.branchline.api.security.Role;

/**
 * Runs admin operations the way the doors do: inside {@code Subject.doAs} with a subject built by hand, a
 * {@link UserPrincipal} (the login name) and one {@link RolePrincipal} per PBX role.
 */
final class AdminSubjects {
    static final String SERVER_ADMINISTRATOR_LOGIN = "admin";

    private AdminSubjects() {
    }

    static Subject subject(String login, Role... roles) {
        Set<Principal> principals = new HashSet<>();
        principals.add(new UserPrincipal(login));
        for (Role role : roles) {
            principals.add(new RolePrincipal(role.principalName()));
        }
        return new Subject(true, principals, Set.of(), Set.of());
    }

    static <T> T asServerAdministrator(Supplier<T> action) {
        return as(subject(SERVER_ADMINISTRATOR_LOGIN, Role.SERVER_ADMINISTRATOR), action);
    }

    @SuppressWarnings("removal")
    static <T> T as(Subject subject, Supplier<T> action) {
        return Subject.doAs(subject, (PrivilegedAction<T>) action::get);
    }

    static Void run(Runnable action) {
        action.run();
        return null;
    }
}
