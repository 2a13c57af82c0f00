package org.branchline.voicemail.internal.notify;

import java.nio.charset.StandardCharsets;

/** A message as the DATA command carries it: CRLF line ends, leading dots doubled, a lone dot at the end. */
final class MessageData {

    private MessageData() {
    }

    static byte[] encode(String message) {
        StringBuilder out = new StringBuilder(message.length() + 64);
        for (String line : message.split("\\R")) {
            if (line.startsWith(".")) {
                out.append('.');
            }
            out.append(line).append("\r\n");
        }
        return out.append(".\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
