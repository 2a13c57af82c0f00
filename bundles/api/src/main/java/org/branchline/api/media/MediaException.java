package org.branchline.api.media;

/** A session cannot be opened or changed; {@link #status()} is the SIP status the call gets. */
public class MediaException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;

    public MediaException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
