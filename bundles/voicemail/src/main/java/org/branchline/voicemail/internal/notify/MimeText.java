package org.branchline.voicemail.internal.notify;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Keeps a mail ASCII: RFC 2047 words for a non-ASCII header, quoted-printable for a non-ASCII body. */
final class MimeText {
    /** UTF-8 bytes per encoded word: 39 make 64 characters with the markers, under 76 even after "Subject: ". */
    private static final int WORD_BYTES = 39;
    private static final int QP_LINE = 76;

    private MimeText() {
    }

    static String header(String text) {
        if (ascii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String next = word + Character.toString(cp);
            if (next.getBytes(StandardCharsets.UTF_8).length > WORD_BYTES) {
                appendWord(out, word.toString());
                word.setLength(0);
            }
            word.appendCodePoint(cp);
        });
        appendWord(out, word.toString());
        return out.toString();
    }

    private static void appendWord(StringBuilder out, String word) {
        if (out.length() > 0) {
            out.append("\r\n ");
        }
        out.append("=?UTF-8?B?")
                .append(Base64.getEncoder().encodeToString(word.getBytes(StandardCharsets.UTF_8)))
                .append("?=");
    }

    /** The content headers and, after the blank line, the body; {@code text} ends its lines with CRLF. */
    static String body(String text) {
        String type = "Content-Type: text/plain; charset=UTF-8\r\n";
        if (ascii(text)) {
            return type + "Content-Transfer-Encoding: 7bit\r\n\r\n" + text;
        }
        return type + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + quotedPrintable(text);
    }

    private static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\r\n")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            int width = 0;
            for (int i = 0; i < bytes.length; i++) {
                String piece = literal(bytes[i], i == bytes.length - 1) ? String.valueOf((char) bytes[i])
                        : String.format("=%02X", bytes[i] & 0xff);
                if (width + piece.length() > QP_LINE - 1) {
                    out.append("=\r\n");
                    width = 0;
                }
                out.append(piece);
                width += piece.length();
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** A space may stand for itself except at the end of a line, where transport could strip it. */
    private static boolean literal(byte b, boolean last) {
        return b >= 33 && b <= 126 && b != '=' || b == ' ' && !last;
    }

    private static boolean ascii(String text) {
        return text.chars().allMatch(c -> c < 128);
    }
}
