package org.branchline.media.internal.session;

import java.io.IOException;

/** What a session needs of its engine. */
interface SessionContext {
    /** The address announced in SDP. */
    String host();

    int jitterFrames();

    Clips clips();

    RecordingWriter writer();

    /** The session closed: its ports go back to the pool and the clock stops ticking it. */
    void closed(MediaSessionImpl session, PortPool.Ports ports);

    void sendFailed(IOException e);
}
