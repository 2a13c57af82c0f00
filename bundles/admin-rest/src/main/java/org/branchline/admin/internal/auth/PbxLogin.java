package org.branchline.admin.internal.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/** HTTP Basic credentials checked against the PBX's JAAS realm "branchline". */
public final class PbxLogin {
    public static final String REALM = "branchline";
    public static final String CHALLENGE = "Basic realm=\"Branchline PBX\"";

    private PbxLogin() {
    }

    /** The PBX realm cannot check logins now (starting or stopping): not the client's fault. */
    public static final class LoginUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LoginUnavailableException(String reason) {
            super("logins cannot be checked right now (" + reason + "); try again shortly");
        }
    }

    /** The subject of the user named in an "Authorization: Basic ..." header, if the password is right. */
    public static Optional<Subject> fromAuthorizationHeader(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : login(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    public static Optional<Subject> login(String name, String password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PbxLogin.class.getClassLoader());
        try {
            new LoginContext(REALM, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback n) {
                        n.setName(name);
                    } else if (callback instanceof PasswordCallback p) {
                        p.setPassword(password.toCharArray());
                    }
                }
            }).login();
            return Optional.of(subject);
        } catch (FailedLoginException e) {
            return Optional.empty();
        } catch (LoginException e) {
            throw new LoginUnavailableException(e.getMessage());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
