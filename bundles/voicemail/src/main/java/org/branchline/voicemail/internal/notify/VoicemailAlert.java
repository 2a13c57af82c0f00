package org.branchline.voicemail.internal.notify;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The alert of admin guide §20: whose inbox, who called, how many new messages, how long, when. The text is
 * one short line, so SMS gateways pass it whole.
 */
public record VoicemailAlert(String owner, MessageInfo message) {
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm",
            Locale.ENGLISH);
    private static final int MAX_CALLER_ID = 64;

    public String subject() {
        return "New voicemail from " + caller();
    }

    /** E.g. "New voicemail for jsmith from Alice <201>, 0:42, Mon 23 Nov 2026 19:40. 3 new messages." */
    public String text() {
        int count = message.newMessages();
        return "New voicemail for " + owner + " from " + caller() + ", " + length(message.length()) + ", "
                + RECEIVED.format(message.received()) + ". " + count + " new message" + (count == 1 ? "" : "s")
                + ".";
    }

    /** The whole mail, headers and body, ready for {@link Mailer#send}. */
    public String mail(String from, List<String> to, ZonedDateTime date) {
        return "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(date) + "\r\n"
                + "From: " + from + "\r\n"
                + "To: " + String.join(",\r\n ", to) + "\r\n"
                + "Subject: " + MimeText.header(subject()) + "\r\n"
                + "Message-ID: <" + UUID.randomUUID() + "@" + domain(from) + ">\r\n"
                + "MIME-Version: 1.0\r\n"
                + MimeText.body(text() + "\r\n");
    }

    private String caller() {
        String name = clean(message.callerName());
        String number = clean(message.callerNumber());
        if (name.isEmpty()) {
            return number.isEmpty() ? "an unknown caller" : number;
        }
        return number.isEmpty() ? name : name + " <" + number + ">";
    }

    /** Caller ID comes from outside: no line breaks or other controls reach the headers, and it stays short. */
    private static String clean(String callerId) {
        if (callerId == null) {
            return "";
        }
        String text = callerId.replaceAll("\\p{Cntrl}", " ").strip();
        return text.length() > MAX_CALLER_ID ? text.substring(0, MAX_CALLER_ID) : text;
    }

    private static String length(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    private static String domain(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "localhost" : address.substring(at + 1);
    }
}
