package org.branchline.sip.internal.call;

import javax.sip.Dialog;

/**
 * One phone in a call as the B2BUA holds it: its dialog with the server, the last description it sent, the
 * origin the server presents to it, and the phone at the other end (null while it waits alone).
 */
final class Side {
    final Dialog dialog;
    final String userId;
    final Sdp presented;
    volatile byte[] sdp;
    volatile Side peer;
    volatile Bridge bridge;
    /** A route ringing for this phone while it waits alone (transfer, park timeout). */
    volatile RouteRun waitingFor;

    Side(Dialog dialog, String userId, byte[] sdp, String host) {
        this.dialog = dialog;
        this.userId = userId;
        this.sdp = sdp;
        this.presented = new Sdp(host);
        dialog.setApplicationData(this);
    }
}
