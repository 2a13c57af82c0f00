package org.branchline.api.directory;

import java.util.List;
import java.util.Optional;
import org.branchline.api.security.AdminCaller;
import org.branchline.api.security.Role;

/** Business &gt; Users and Business &gt; Roles (admin guide §2.2, §8, §9). Every method checks the caller's roles. */
public interface UserService {
    List<User> list();

    User get(String loginName);

    /** Creates a user from a template; password and PIN follow the password requirements and PIN rules. */
    User create(String loginName, String template, UserChange fields);

    User update(String loginName, UserChange fields);

    void delete(String loginName);

    User setPresence(String loginName, Presence presence);

    User applyTemplate(String loginName, String template, TemplateApplication how);

    User assignRole(String loginName, Role role);

    User removeRole(String loginName, Role role);

    /** Users per role, for Business &gt; Roles. */
    java.util.Map<Role, List<String>> roles();

    PasswordRequirements passwordRequirements();

    /** Saves new requirements; users whose password no longer complies must change it at next login. */
    PasswordRequirements updatePasswordRequirements(PasswordRequirements requirements);

    /** The logged-in user changes their own password (allowed even while a change is required). */
    void changeOwnPassword(String currentPassword, String newPassword);

    /**
     * Checks a login for the JAAS realm; not permission-checked. Empty when the name is unknown or the
     * password wrong (the two are not told apart).
     */
    Optional<AdminCaller> authenticate(String loginName, String password);
}
