package org.branchline.callcore.internal;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.media.sdp.Media;
import org.branchline.api.media.sdp.SessionDescription;

/** Telling a leg where its media goes, whatever its state. */
final class Exchange {
    private Exchange() {
    }

    /** Answers a leg the party placed and that still waits, else offers to it; completes with its description. */
    static CompletionStage<SessionDescription> tell(Leg leg, SessionDescription media) {
        return leg.state() == Leg.State.ANSWERED ? leg.offer(media) : leg.answer(media);
    }

    /** The leg's description; a leg without one cannot be joined to anything. */
    static SessionDescription media(Leg leg) {
        return leg.media().orElseThrow(() -> new IllegalStateException("leg " + leg.id() + " has no media yet"));
    }

    /** True when both send audio to the same address in the same formats. */
    static boolean sameAudio(SessionDescription x, SessionDescription y) {
        return x.audioAddress().equals(y.audioAddress()) && formats(x).equals(formats(y));
    }

    private static List<String> formats(SessionDescription description) {
        return description.firstAudio().map(Media::formats).orElse(List.of());
    }
}
