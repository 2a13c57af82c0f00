package org.branchline.directory.internal.jaas;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.branchline.api.directory.UserService;
import org.branchline.api.security.AdminCaller;
import org.branchline.api.security.Role;
import org.branchline.directory.internal.SubjectAccessControl;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Checks a login name and password against the directory. The subject gets the user, one role principal per
 * PBX role, and the Karaf roles that open the ssh console to administrators ("ssh", "viewer") and the whole
 * container to the Server Administrator ("admin", "manager", "systembundles").
 */
public class PbxUserLoginModule implements LoginModule {
    private static final String REFUSED = "login refused: unknown user or wrong password";
    private Subject subject;
    private CallbackHandler handler;
    private BundleContext context;
    private final List<Principal> principals = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
        this.context = (BundleContext) options.get(BundleContext.class.getName());
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("login name: ");
        PasswordCallback password = new PasswordCallback("password: ", false);
        try {
            handler.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("cannot read the credentials: " + e.getMessage());
        }
        char[] secret = password.getPassword();
        AdminCaller caller = authenticate(name.getName(), secret == null ? null : new String(secret))
                .orElseThrow(() -> new FailedLoginException(REFUSED));
        principals.add(new UserPrincipal(caller.loginName()));
        caller.roles().forEach(r -> principals.add(new RolePrincipal(r.principalName())));
        if (caller.passwordChangeRequired()) {
            principals.add(new RolePrincipal(SubjectAccessControl.PASSWORD_CHANGE_REQUIRED));
        }
        if (!caller.roles().isEmpty()) {
            principals.add(new RolePrincipal("ssh"));
            principals.add(new RolePrincipal("viewer"));
        }
        if (caller.roles().contains(Role.SERVER_ADMINISTRATOR)) {
            principals.add(new RolePrincipal(SubjectAccessControl.KARAF_ADMIN));
            principals.add(new RolePrincipal("manager"));
            principals.add(new RolePrincipal("systembundles"));
        }
        return true;
    }

    private Optional<AdminCaller> authenticate(String login, String password) throws LoginException {
        ServiceReference<UserService> ref = context == null ? null : context.getServiceReference(UserService.class);
        UserService users = ref == null ? null : context.getService(ref);
        if (users == null) {
            throw new LoginException("the PBX directory is not running");
        }
        try {
            return users.authenticate(login, password);
        } finally {
            context.ungetService(ref);
        }
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        return true;
    }
}
