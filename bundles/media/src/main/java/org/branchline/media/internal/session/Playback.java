package org.branchline.media.internal.session;

import java.util.concurrent.CompletableFuture;
import org.branchline.api.media.MediaSession.PlayEnd;
import org.branchline.api.media.MediaSession.Played;

/** A prompt sequence being played; ended once, by its end, a digit, a stop or the session closing. */
final class Playback {
    final Clip clip;
    final boolean stopOnDigit;
    final CompletableFuture<Played> done = new CompletableFuture<>();

    Playback(Clip clip, boolean stopOnDigit) {
        this.clip = clip;
        this.stopOnDigit = stopOnDigit;
    }

    void end(PlayEnd why) {
        done.complete(new Played(why));
    }
}
