package org.branchline.voicemail.internal.notify;

import java.time.Duration;
import java.util.Locale;

/**
 * How alerts leave the server: the relay (smart host) to hand them to, and how to talk to it.
 *
 * @param username empty: no AUTH
 * @param heloName the name the server gives itself in EHLO; empty: the local host name
 */
public record SmtpSettings(String relayHost, int port, String username, String password, Tls tls,
        boolean trustAllCertificates, String fromAddress, String heloName, Duration timeout) {

    public enum Tls {
        /** Never upgrade, even when the relay offers it. */
        NONE,
        /** Upgrade when the relay offers STARTTLS, send in the clear otherwise. */
        STARTTLS,
        /** Refuse to send unless the connection is upgraded. */
        REQUIRED_STARTTLS;

        /** From the configuration words {@code none}, {@code starttls}, {@code required-starttls}. */
        public static Tls parse(String word) {
            return valueOf(word.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public SmtpSettings {
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        heloName = heloName == null ? "" : heloName;
    }

    public static SmtpSettings from(NotifyConfig config) {
        return new SmtpSettings(config.relayHost(), config.port(), config.username(), config.password(),
                Tls.parse(config.tls()), config.trustAllCertificates(), config.fromAddress(), config.heloName(),
                Duration.ofSeconds(config.timeoutSeconds()));
    }

    public boolean authenticates() {
        return !username.isEmpty();
    }
}
