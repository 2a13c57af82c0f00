package org.branchline.api.media.sdp;

/** A text that is not a session description, or one with a malformed o=, c= or m= line. */
public class SdpException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SdpException(String message) {
        super(message);
    }
}
