package org.branchline.voicemail.internal.notify;

import java.io.IOException;
import java.util.List;

/** Hands a composed message to the mail system. */
public interface Mailer {

    /** The address messages are sent from. */
    String from();

    /**
     * @param message RFC 5322 headers and body, in ASCII; line ends may be anything
     * @throws IOException when no recipient got it
     */
    Delivery send(List<String> recipients, String message) throws IOException;
}
