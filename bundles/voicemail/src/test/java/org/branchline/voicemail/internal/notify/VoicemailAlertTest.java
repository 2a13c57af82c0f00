package org.branchline.voicemail.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VoicemailAlertTest {
    private static final ZonedDateTime RECEIVED = ZonedDateTime.of(2026, 11, 23, 19, 40, 5, 0,
            ZoneId.of("America/New_York"));

    private static VoicemailAlert alert(String name, String number, int seconds, int newMessages) {
        return new VoicemailAlert("jsmith", new MessageInfo("101", name, number, Duration.ofSeconds(seconds),
                RECEIVED, newMessages));
    }

    @Test
    void tellsWhoseInboxWhoCalledHowLongWhenAndHowMany() {
        VoicemailAlert a = alert("Alice", "201", 42, 3);
        assertEquals("New voicemail for jsmith from Alice <201>, 0:42, Mon 23 Nov 2026 19:40. 3 new messages.",
                a.text());
        assertEquals("New voicemail from Alice <201>", a.subject());
    }

    @Test
    void saysWhatItKnowsOfTheCaller() {
        assertEquals("New voicemail from 7165552000", alert(null, "7165552000", 1, 1).subject());
        assertEquals("New voicemail from Alice", alert("Alice", "", 1, 1).subject());
        assertEquals("New voicemail from an unknown caller", alert(" ", null, 1, 1).subject());
        assertEquals("New voicemail for jsmith from an unknown caller, 1:02:03, Mon 23 Nov 2026 19:40. "
                + "1 new message.", alert(null, null, 3723, 1).text());
    }

    @Test
    void aCallerIdCannotAddHeaders() {
        String mail = alert("Eve\r\nBcc: all@example.com", "1", 1, 1).mail("vm@pbx.example", List.of("a@b.c"),
                RECEIVED);
        assertTrue(mail.contains("Subject: New voicemail from Eve  Bcc: all@example.com <1>\r\n"), mail);
    }

    @Test
    void anAsciiMailIsSevenBitWithTheHeadersOfRfc5322() {
        String mail = alert("Alice", "201", 42, 3).mail("vm@pbx.example", List.of("a@example.com",
                "7165552000@txt.att.net"), RECEIVED);
        String[] parts = mail.split("\r\n\r\n", 2);
        List<String> headers = List.of(parts[0].split("\r\n(?! )"));
        assertEquals("Date: Mon, 23 Nov 2026 19:40:05 -0500", headers.get(0));
        assertEquals("From: vm@pbx.example", headers.get(1));
        assertEquals("To: a@example.com,\r\n 7165552000@txt.att.net", headers.get(2));
        assertEquals("Subject: New voicemail from Alice <201>", headers.get(3));
        assertTrue(headers.get(4).matches("Message-ID: <[0-9a-f-]+@pbx\\.example>"), headers.get(4));
        assertEquals(List.of("MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 7bit"), headers.subList(5, 8));
        assertEquals("New voicemail for jsmith from Alice <201>, 0:42, Mon 23 Nov 2026 19:40. 3 new messages.\r\n",
                parts[1]);
    }

    @Test
    void nonAsciiIsEncodedSoTheMailStaysAscii() {
        String mail = alert("Zoë Ångström", "201", 42, 3).mail("vm@pbx.example", List.of("a@b.c"), RECEIVED);
        assertTrue(mail.chars().allMatch(c -> c < 128), mail);
        assertTrue(mail.contains("Subject: =?UTF-8?B?TmV3IHZvaWNlbWFpbCBmcm9tIFpvw6sgw4VuZ3N0csO2bSA8MjAx?=\r\n"
                + " =?UTF-8?B?Pg==?=\r\n"),
                mail);
        assertTrue(mail.contains("Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "New voicemail for jsmith from Zo=C3=AB =C3=85ngstr=C3=B6m <201>, 0:42, Mon =\r\n"
                + "23 Nov 2026 19:40. 3 new messages.\r\n"), mail);
        assertTrue(mail.lines().allMatch(l -> l.length() <= 76), mail);
    }

    @Test
    void aLongSubjectIsSplitIntoEncodedWordsOfWholeCharacters() {
        String header = MimeText.header("é".repeat(60));
        List<String> words = List.of(header.split("\r\n "));
        assertEquals(4, words.size());
        assertTrue(words.stream().allMatch(w -> w.length() <= 75), header);
        assertEquals("é".repeat(60), words.stream().map(VoicemailAlertTest::decode).collect(Collectors.joining()));
    }

    private static String decode(String word) {
        String base64 = word.substring("=?UTF-8?B?".length(), word.length() - 2);
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
