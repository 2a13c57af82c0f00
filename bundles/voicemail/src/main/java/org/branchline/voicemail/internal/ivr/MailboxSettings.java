package org.branchline.voicemail.internal.ivr;

import java.time.Duration;
import java.util.Map;

/** The user template settings voicemail follows (admin guide §9.2), with the template defaults. */
record MailboxSettings(Map<String, String> values) {
    boolean voicemailEnabled() {
        return bool("enable-voicemail", true);
    }

    int maximumMessages() {
        return number("maximum-voicemails", 100);
    }

    Duration callAnsweringMaximum() {
        return Duration.ofSeconds(number("call-answering-max-recording-seconds", 180));
    }

    Duration messageCenterMaximum() {
        return Duration.ofSeconds(number("message-center-max-recording-seconds", 180));
    }

    boolean outsideLines() {
        return bool("off-site-outside-line-access", false);
    }

    boolean sendToAll() {
        return bool("send-voicemail-to-all", false);
    }

    String operatorExtension() {
        return values.getOrDefault("operator-extension", "");
    }

    boolean endOnSilence() {
        return bool("end-recording-on-silence", true);
    }

    private boolean bool(String key, boolean otherwise) {
        String v = values.get(key);
        return v == null ? otherwise : Boolean.parseBoolean(v);
    }

    private int number(String key, int otherwise) {
        try {
            return Integer.parseInt(values.getOrDefault(key, Integer.toString(otherwise)));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
