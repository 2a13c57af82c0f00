package org.branchline.sip.internal.call;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.branchline.api.media.MediaEngine;
import org.branchline.api.media.MediaException;
import org.branchline.api.media.MediaSession;
import org.branchline.api.media.Prompt;

/**
 * Music on hold (admin guide §33) for a phone whose call is held by the other phone or parked: the phone is
 * re-INVITEd to a media engine session looping the default music until it is joined to a phone again.
 * Without the media engine the phone simply hears nothing, as before.
 */
final class HoldMusic {
    private static final Logger LOG = Logger.getLogger(HoldMusic.class.getName());
    private final Supplier<MediaEngine> media;

    HoldMusic(Supplier<MediaEngine> media) {
        this.media = media;
    }

    boolean available() {
        return media.get() != null;
    }

    void start(CallEngine engine, Side side) {
        MediaEngine engineOfMedia = media.get();
        if (engineOfMedia == null || side.music != null || side.sdp == null) {
            return;
        }
        try {
            MediaSession music = engineOfMedia.answer(new String(side.sdp, StandardCharsets.UTF_8));
            music.play(List.of(new Prompt.Music(0)), false);
            side.anchor(null);
            side.music = music;
            engine.reoffer(side, music.answerSdp().getBytes(StandardCharsets.UTF_8));
        } catch (MediaException e) {
            LOG.log(Level.FINE, "no music on hold for " + side.userId, e);
        }
    }
}
