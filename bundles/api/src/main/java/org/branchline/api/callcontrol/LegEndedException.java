package org.branchline.api.callcontrol;

import java.util.Optional;

/** A leg ended before what was asked of it happened (nobody answered, the party hung up). */
public class LegEndedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final EndCause cause;
    private final String mailbox;

    public LegEndedException(EndCause cause, String message) {
        this(cause, message, null);
    }

    /** @param mailbox with {@link EndCause#VOICEMAIL}, the extension whose voicemail takes the caller */
    public LegEndedException(EndCause cause, String message, String mailbox) {
        super(message);
        this.cause = cause;
        this.mailbox = mailbox;
    }

    /** With {@link EndCause#VOICEMAIL}: the extension whose voicemail takes the caller, if the leg said. */
    public Optional<String> mailbox() {
        return java.util.Optional.ofNullable(mailbox);
    }

    public EndCause endCause() {
        return cause;
    }
}
