package org.branchline.sip.internal.call;

import javax.sip.Dialog;
import org.branchline.api.media.MediaSession;
import org.branchline.sip.internal.relay.RelaySession;

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
    /** Music on hold playing to this phone while its call is held or parked, or null. */
    volatile MediaSession music;
    /** The call core's leg this phone is, once the core joins it (null: the B2BUA's own calls). */
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

    /** The other phone's description as this phone must see it (relay port, this dialog's origin). */
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

    /** The call is over for this phone: its relay ports and its music are given back. */
    void release() {
        anchor(null);
        stopMusic();
    }

    void stopMusic() {
        MediaSession m = music;
        music = null;
        if (m != null) {
            m.close();
        }
    }

    /** This phone's answer to a re-INVITE of the server's. */
    void answered(byte[] body) {
        own(body);
        MediaSession m = music;
        if (m != null && body != null && body.length > 0) {
            try {
                m.update(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            } catch (org.branchline.api.media.MediaException e) {
                stopMusic();
            }
        }
    }
}
