package org.branchline.sip.internal.call;

import javax.sip.Dialog;
import org.branchline.sip.internal.relay.RelaySession;

/**
 * One phone's dialog with the server once it is answered: the last description the phone sent, the origin the
 * server presents to it, the relay end its media is anchored at (or direct), and the call core's leg it is.
 */
final class Side {
    final Dialog dialog;
    final String userId;
    final Sdp presented;
    volatile byte[] sdp;
    /** The call core's leg this phone is; null once the leg ended. */
    volatile PhoneLeg leg;
    /** The relay end this phone's media is anchored at, or null for direct media. */
    volatile RelaySession.End anchor;

    Side(Dialog dialog, String userId, byte[] sdp, String host) {
        this.dialog = dialog;
        this.userId = userId;
        this.sdp = sdp;
        this.presented = new Sdp(host);
        dialog.setApplicationData(this);
    }

    /** The other party's description as this phone must see it (relay port, this dialog's origin). */
    byte[] show(byte[] peerSdp) {
        RelaySession.End end = anchor;
        return presented.present(end == null ? peerSdp : end.show(peerSdp));
    }

    /** This phone's own new description. */
    void own(byte[] body) {
        if (body != null && body.length > 0) {
            sdp = body;
            RelaySession.End end = anchor;
            if (end != null) {
                end.learn(body);
            }
        }
    }

    /** Anchors this phone's media at {@code end} (null: direct); a different earlier session is closed. */
    void anchor(RelaySession.End end) {
        RelaySession.End old = anchor;
        anchor = end;
        if (end != null) {
            end.learn(sdp);
        }
        if (old != null && (end == null || old.session() != end.session())) {
            old.session().close();
        }
    }

    /** The call is over for this phone: its relay ports are given back. */
    void release() {
        anchor(null);
    }
}
