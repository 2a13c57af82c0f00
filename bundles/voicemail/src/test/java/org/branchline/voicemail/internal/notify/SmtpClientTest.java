package org.branchline.voicemail.internal.notify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLException;
import org.branchline.voicemail.internal.notify.SmtpSettings.Tls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against a relay in the test, over plain TCP and STARTTLS with a self-signed certificate. */
class SmtpClientTest {
    private static final String MAIL = "Subject: test\r\n\r\nhello\r\n";
    private final FakeSmtpServer server;

    SmtpClientTest() throws IOException {
        server = new FakeSmtpServer();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    private SmtpClient client(Tls tls, boolean trustAll, String user, String password) {
        return new SmtpClient(new SmtpSettings("localhost", server.port(), user, password, tls, trustAll,
                "voicemail@pbx.example", "pbx.example", Duration.ofSeconds(5)));
    }

    private SmtpClient plainClient() {
        return client(Tls.NONE, false, "", "");
    }

    private void offerTls(String authMechanisms) throws Exception {
        server.tls = TestCertificate.serverContext();
        server.authMechanisms = authMechanisms;
    }

    @Test
    void sendsInTheClearWhenToldTo() throws Exception {
        offerTls(null);
        Delivery d = plainClient().send(List.of("alice@example.com"), MAIL);
        assertEquals(new Delivery(List.of("alice@example.com"), Map.of()), d);
        assertEquals(List.of("EHLO pbx.example", "MAIL FROM:<voicemail@pbx.example>", "RCPT TO:<alice@example.com>",
                "DATA", "QUIT"), server.commands);
        assertEquals(List.of("Subject: test", "", "hello"), server.dataLines);
    }

    @Test
    void upgradesWithStartTlsThenAuthenticatesWithPlain() throws Exception {
        offerTls("LOGIN PLAIN");
        client(Tls.STARTTLS, true, "jsmith", "s3cret").send(List.of("alice@example.com"), MAIL);
        assertTrue(server.encrypted);
        assertEquals("PLAIN jsmith", server.authenticated);
        assertEquals(List.of("EHLO pbx.example", "STARTTLS", "EHLO pbx.example"), server.commands.subList(0, 3));
    }

    @Test
    void authenticatesWithLoginWhenPlainIsNotOffered() throws Exception {
        offerTls("LOGIN");
        client(Tls.REQUIRED_STARTTLS, true, "jsmith", "s3cret").send(List.of("alice@example.com"), MAIL);
        assertEquals("LOGIN jsmith", server.authenticated);
    }

    @Test
    void aRefusedPasswordNamesTheReply() throws Exception {
        offerTls("PLAIN");
        SmtpException e = assertThrows(SmtpException.class,
                () -> client(Tls.STARTTLS, true, "jsmith", "wrong").send(List.of("alice@example.com"), MAIL));
        assertEquals(535, e.code());
        assertTrue(e.permanent());
        assertEquals("AUTH PLAIN: 535 5.7.8 authentication credentials invalid", e.getMessage());
        assertFalse(server.commands.stream().anyMatch(c -> c.startsWith("MAIL")));
    }

    @Test
    void aRefusedRecipientIsReportedAndTheOthersGetTheMail() throws Exception {
        server.refused = Set.of("nobody@example.com");
        Delivery d = plainClient().send(List.of("nobody@example.com", "alice@example.com"), MAIL);
        assertEquals(List.of("alice@example.com"), d.accepted());
        assertEquals(Map.of("nobody@example.com", "550 5.1.1 no such user"), d.refused());
        assertEquals(List.of("Subject: test", "", "hello"), server.dataLines);
    }

    @Test
    void noAcceptedRecipientMeansNoMail() {
        server.refused = Set.of("nobody@example.com");
        SmtpException e = assertThrows(SmtpException.class,
                () -> plainClient().send(List.of("nobody@example.com"), MAIL));
        assertEquals(550, e.code());
        assertNull(server.dataLines);
    }

    @Test
    void requiredStartTlsRefusesARelayWithoutIt() {
        SmtpException e = assertThrows(SmtpException.class,
                () -> client(Tls.REQUIRED_STARTTLS, false, "", "").send(List.of("alice@example.com"), MAIL));
        assertEquals(0, e.code());
        assertEquals(List.of("EHLO pbx.example"), server.commands);
    }

    @Test
    void aSelfSignedCertificateIsRefusedUnlessAllAreTrusted() throws Exception {
        offerTls("PLAIN");
        assertThrows(SSLException.class,
                () -> client(Tls.STARTTLS, false, "jsmith", "s3cret").send(List.of("alice@example.com"), MAIL));
        assertNull(server.authenticated);
        assertNull(server.dataLines);
    }

    @Test
    void fallsBackToHeloWhenEhloIsUnknown() throws Exception {
        server.ehlo = false;
        client(Tls.STARTTLS, false, "", "").send(List.of("alice@example.com"), MAIL);
        assertEquals(List.of("EHLO pbx.example", "HELO pbx.example", "MAIL FROM:<voicemail@pbx.example>"),
                server.commands.subList(0, 3));
    }

    @Test
    void linesStartingWithADotAreStuffed() throws Exception {
        plainClient().send(List.of("alice@example.com"), "Subject: dots\n\n.\n..two\nend");
        assertEquals(List.of("Subject: dots", "", "..", "...two", "end"), server.dataLines);
    }

    @Test
    void tlsIsConfiguredInWords() {
        assertEquals(List.of(Tls.NONE, Tls.STARTTLS, Tls.REQUIRED_STARTTLS),
                List.of(Tls.parse("none"), Tls.parse("STARTTLS"), Tls.parse(" required-starttls")));
    }

    @Test
    void lineEndsBecomeCrLf() {
        assertArrayEquals("a\r\nb\r\n..c\r\nd\r\n.\r\n".getBytes(StandardCharsets.US_ASCII),
                MessageData.encode("a\nb\r.c\r\nd\n"));
    }
}
