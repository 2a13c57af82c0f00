package org.branchline.api.callcontrol;

/** The caller hung up (or the call was ended by the server); nothing more can be done with the call. */
public class CallEndedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CallEndedException(String message) {
        super(message);
    }
}
