package org.branchline.voicemail.internal.notify;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.branchline.voicemail.internal.notify.SmtpSettings.Tls;

/** Sends mail through the configured relay (RFC 5321), one connection per message. */
public final class SmtpClient implements Mailer {
    private final SmtpSettings settings;

    public SmtpClient(SmtpSettings settings) {
        this.settings = settings;
    }

    @Override
    public String from() {
        return settings.fromAddress();
    }

    @Override
    public Delivery send(List<String> recipients, String message) throws IOException {
        try (SmtpConnection c = SmtpConnection.open(settings)) {
            c.reply().expect(220, "greeting");
            List<String> extensions = secure(c, hello(c));
            authenticate(c, extensions);
            Delivery delivery = transaction(c, recipients, message);
            quit(c);
            return delivery;
        }
    }

    /** The extensions the relay announces; none when it only knows HELO. */
    private List<String> hello(SmtpConnection c) throws IOException {
        SmtpReply ehlo = c.command("EHLO " + heloName());
        if (ehlo.code() == 250) {
            return ehlo.lines().stream().skip(1).map(l -> l.toUpperCase(Locale.ROOT)).toList();
        }
        c.command("HELO " + heloName()).expect(250, "HELO");
        return List.of();
    }

    private String heloName() throws IOException {
        return settings.heloName().isBlank() ? InetAddress.getLocalHost().getCanonicalHostName()
                : settings.heloName();
    }

    private List<String> secure(SmtpConnection c, List<String> extensions) throws IOException {
        if (settings.tls() == Tls.NONE) {
            return extensions;
        }
        if (!extensions.contains("STARTTLS")) {
            if (settings.tls() == Tls.REQUIRED_STARTTLS) {
                throw new SmtpException("STARTTLS", 0, "the relay does not offer STARTTLS, which is required");
            }
            return extensions;
        }
        c.command("STARTTLS").expect(220, "STARTTLS");
        c.startTls(socketFactory(), !settings.trustAllCertificates());
        return hello(c);
    }

    private SSLSocketFactory socketFactory() throws IOException {
        if (!settings.trustAllCertificates()) {
            return (SSLSocketFactory) SSLSocketFactory.getDefault();
        }
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustAll()}, null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IOException("no TLS: " + e.getMessage(), e);
        }
    }

    private void authenticate(SmtpConnection c, List<String> extensions) throws IOException {
        if (!settings.authenticates()) {
            return;
        }
        List<String> mechanisms = mechanisms(extensions);
        if (mechanisms.contains("PLAIN")) {
            String token = "\0" + settings.username() + "\0" + settings.password();
            c.command("AUTH PLAIN " + base64(token)).expect(235, "AUTH PLAIN");
        } else if (mechanisms.contains("LOGIN")) {
            c.command("AUTH LOGIN").expect(334, "AUTH LOGIN");
            c.command(base64(settings.username())).expect(334, "AUTH LOGIN username");
            c.command(base64(settings.password())).expect(235, "AUTH LOGIN");
        } else {
            throw new SmtpException("AUTH", 0, "the relay offers neither PLAIN nor LOGIN authentication"
                    + (c.encrypted() ? "" : " on an unencrypted connection"));
        }
    }

    /** From "AUTH PLAIN LOGIN" or the older "AUTH=PLAIN LOGIN". */
    private static List<String> mechanisms(List<String> extensions) {
        List<String> out = new ArrayList<>();
        for (String e : extensions) {
            if (e.startsWith("AUTH ") || e.startsWith("AUTH=")) {
                out.addAll(List.of(e.substring(5).strip().split("\\s+")));
            }
        }
        return out;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private Delivery transaction(SmtpConnection c, List<String> recipients, String message) throws IOException {
        c.command("MAIL FROM:<" + settings.fromAddress() + ">").expect(250, "MAIL FROM");
        List<String> accepted = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        SmtpReply last = null;
        for (String r : recipients) {
            last = c.command("RCPT TO:<" + r + ">");
            if (last.code() == 250 || last.code() == 251) {
                accepted.add(r);
            } else {
                refused.put(r, last.code() + " " + last.text());
            }
        }
        if (accepted.isEmpty()) {
            throw new SmtpException("RCPT TO", last == null ? 0 : last.code(), "no recipient accepted: " + refused);
        }
        c.command("DATA").expect(354, "DATA");
        c.sendRaw(MessageData.encode(message));
        c.reply().expect(250, "end of DATA");
        return new Delivery(accepted, refused);
    }

    private static void quit(SmtpConnection c) {
        try {
            c.command("QUIT");
        } catch (IOException e) {
            // the relay has taken the message already; how it says goodbye changes nothing
        }
    }

    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
