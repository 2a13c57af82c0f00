package org.branchline.admin.internal.auth;

import javax.security.auth.Subject;

/**
 * The HTTP Basic login that both doors run before an operation: throttled per source address, checked
 * against the PBX realm. Each door turns the outcome into its own answer.
 */
public final class LoginGate {
    public enum Verdict {
        ALLOWED, REFUSED, BLOCKED, UNAVAILABLE
    }

    /** What the login came to; {@code subject} is set only when ALLOWED. */
    public record Outcome(Verdict verdict, Subject subject, String message) {
    }

    private final LoginThrottle throttle;

    public LoginGate(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    public Outcome check(String source, String authorizationHeader) {
        if (throttle.blocked(source)) {
            return new Outcome(Verdict.BLOCKED, null, "too many failed logins from " + source + "; try again later");
        }
        Subject subject;
        try {
            subject = PbxLogin.fromAuthorizationHeader(authorizationHeader).orElse(null);
        } catch (PbxLogin.LoginUnavailableException e) {
            return new Outcome(Verdict.UNAVAILABLE, null, e.getMessage());
        }
        if (subject == null) {
            throttle.failed(source);
            return new Outcome(Verdict.REFUSED, null, "log in with a PBX user's login name and password");
        }
        throttle.succeeded(source);
        return new Outcome(Verdict.ALLOWED, subject, null);
    }
}
