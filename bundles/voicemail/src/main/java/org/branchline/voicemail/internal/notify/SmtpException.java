package org.branchline.voicemail.internal.notify;

import java.io.IOException;

/** The relay answered with an error, or the session could not go the way the settings require. */
public class SmtpException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int code;
    private final String reply;

    /** @param code the reply code, 0 when the refusal is ours (e.g. no STARTTLS offered while required) */
    public SmtpException(String doing, int code, String reply) {
        super(doing + ": " + (code == 0 ? reply : code + " " + reply));
        this.code = code;
        this.reply = reply;
    }

    public int code() {
        return code;
    }

    public String reply() {
        return reply;
    }

    /** A 5xx answer: sending the same again will fail the same way. */
    public boolean permanent() {
        return code >= 500;
    }
}
