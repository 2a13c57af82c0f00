package org.branchline.sip.internal.call;

import java.util.Optional;
import org.branchline.api.media.sdp.SessionDescription;
import org.branchline.sip.internal.relay.MediaRelay;
import org.branchline.sip.internal.relay.RelaySession;

/**
 * When media goes through the server (admin guide §17.1): direct between phones by default; relayed when a
 * phone is remote (behind NAT: it describes another address than the one it is seen at) and "Force Remote
 * Phone audio through server" is on, or for every call when relayAllCalls is set.
 */
public record MediaPolicy(MediaRelay relay, boolean forceRemoteThroughServer, boolean relayAllCalls) {

    Optional<RelaySession> relayFor(boolean remotePhone) {
        if (relay == null || !(relayAllCalls || (forceRemoteThroughServer && remotePhone))) {
            return Optional.empty();
        }
        return relay.open();
    }

    /** True when the description's audio goes to a port of the server's relay already. */
    boolean relayed(byte[] sdp) {
        return relay != null && SessionDescription.read(sdp).flatMap(SessionDescription::audioAddress)
                .map(relay::owns).orElse(false);
    }

    /** A phone whose description names another address than the one its request came from. */
    boolean behindNat(byte[] sdp, String seenAt) {
        return SessionDescription.read(sdp).flatMap(SessionDescription::audioAddress)
                .map(a -> !a.getHostString().equals(seenAt)).orElse(false);
    }
}
