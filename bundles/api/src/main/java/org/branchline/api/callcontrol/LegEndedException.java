package org.branchline.api.callcontrol;

/** A leg ended before what was asked of it happened (nobody answered, the party hung up). */
public class LegEndedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final EndCause cause;

    public LegEndedException(EndCause cause, String message) {
        super(message);
        this.cause = cause;
    }

    public EndCause endCause() {
        return cause;
    }
}
