package org.branchline.api.media;

/** Opens RTP endpoints on the configured port range. */
public interface MediaEngine {
    /**
     * Opens a session answering an SDP offer: the first offered codec the engine speaks (PCMU, PCMA, G722),
     * with telephone-events when offered.
     *
     * @throws MediaException when no offered codec is supported (SIP answers 488) or no port is free (503)
     */
    MediaSession answer(String offerSdp) throws MediaException;

    /** A new conference bridge seating up to {@code seats} of this engine's sessions. */
    ConferenceBridge openBridge(int seats);

    /** Sessions open now. */
    int sessions();
}
