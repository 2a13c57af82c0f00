package org.branchline.voicemail.internal.notify;

import java.util.List;

/** One reply of the relay, all its lines (a multi-line reply repeats the code with '-' until the last). */
record SmtpReply(int code, List<String> lines) {

    String text() {
        return String.join(" / ", lines);
    }

    SmtpReply expect(int wanted, String doing) throws SmtpException {
        if (code != wanted) {
            throw new SmtpException(doing, code, text());
        }
        return this;
    }
}
