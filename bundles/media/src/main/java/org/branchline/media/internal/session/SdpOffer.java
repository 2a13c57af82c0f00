package org.branchline.media.internal.session;

import java.net.InetSocketAddress;
import org.branchline.api.media.MediaException;
import org.branchline.api.media.sdp.Direction;
import org.branchline.api.media.sdp.Media;
import org.branchline.api.media.sdp.SdpException;
import org.branchline.api.media.sdp.SessionDescription;

/** What the engine takes from a phone's offer: its first audio stream, where that audio goes, its direction. */
record SdpOffer(Media audio, InetSocketAddress address, Direction direction) {
    static final int NOT_ACCEPTABLE_HERE = 488;

    static SdpOffer parse(String sdp) throws MediaException {
        SessionDescription offer;
        try {
            offer = SessionDescription.parse(sdp);
        } catch (SdpException e) {
            throw new MediaException(NOT_ACCEPTABLE_HERE, e.getMessage());
        }
        InetSocketAddress address = offer.audioAddress().orElseThrow(
                () -> new MediaException(NOT_ACCEPTABLE_HERE, "the session description has no audio stream"));
        return new SdpOffer(offer.firstAudio().orElseThrow(), address, offer.direction());
    }
}
