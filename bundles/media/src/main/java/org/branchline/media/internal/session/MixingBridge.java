package org.branchline.media.internal.session;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.branchline.api.media.Audience;
import org.branchline.api.media.ConferenceBridge;
import org.branchline.api.media.MediaSession;
import org.branchline.media.internal.dsp.Levels;
import org.branchline.media.internal.dsp.Mixer;
import org.branchline.media.internal.dsp.ToneGenerator;

/**
 * A conference bridge ticked by one media clock: each tick it takes the frame every seated session received,
 * mixes, and has each session send what it hears (the others, plus a ding or dong), so a whole conference
 * runs on one thread. While seated, a session's own clock leaves it alone.
 */
final class MixingBridge implements ConferenceBridge, MediaClock.Ticking {
    /** The loudest voices mixed at once; the rest of a large conference is mostly noise. */
    private static final int LOUDEST = 3;
    private static final short[] DING = ToneGenerator.ding();
    private static final short[] DONG = ToneGenerator.dong();
    private final Seat[] seats;
    private final Mixer mixer;
    private final short[][] in;
    private final short[][] out;
    private final boolean[] present;
    private final Consumer<MixingBridge> closed;
    private boolean open = true;

    /** @param closed told once when the bridge closes (the engine takes it off its clock) */
    MixingBridge(int seats, Consumer<MixingBridge> closed) {
        if (seats < 1) {
            throw new IllegalArgumentException("a bridge needs a seat: " + seats);
        }
        this.seats = new Seat[seats];
        this.mixer = new Mixer(seats, LOUDEST);
        this.in = new short[seats][Clip.FRAME];
        this.out = new short[seats][Clip.FRAME];
        this.present = new boolean[seats];
        this.closed = closed;
    }

    @Override
    public int seats() {
        return seats.length;
    }

    @Override
    public synchronized int participants() {
        return mixer.size();
    }

    @Override
    public synchronized CompletableFuture<Void> join(MediaSession session, Audience audience) {
        if (!(session instanceof MediaSessionImpl seated)) {
            throw new IllegalArgumentException("not a session of this media engine: " + session);
        }
        if (!open) {
            throw new IllegalStateException("the bridge is closed");
        }
        int already = seatOf(seated);
        if (already >= 0) {
            seats[already].audience = audience;
            hear();
            return seats[already].left;
        }
        if (!seated.isOpen()) {
            return CompletableFuture.completedFuture(null);
        }
        if (mixer.size() == seats.length) {
            throw new IllegalStateException("every seat of the bridge is taken: " + seats.length);
        }
        int id = mixer.add();
        cueOthers(DING);
        seats[id] = new Seat(seated, audience);
        hear();
        seated.enter(this);
        return seats[id].left;
    }

    @Override
    public synchronized void leave(MediaSession session) {
        int id = seatOf(session);
        if (id >= 0) {
            depart(id);
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (!open) {
                return;
            }
            open = false;
            for (int id = 0; id < seats.length; id++) {
                if (seats[id] != null) {
                    remove(id);
                }
            }
        }
        closed.accept(this);
    }

    /** One 20 ms step on the clock thread: hear everyone, mix, send each their mix. */
    @Override
    public synchronized void tick() {
        for (int id = 0; id < seats.length; id++) {
            Seat seat = seats[id];
            if (seat != null && !seat.session.isOpen()) {
                depart(id);
            }
        }
        for (int id = 0; id < seats.length; id++) {
            present[id] = false;
            if (seats[id] != null) {
                short[] frame = seats[id].session.hearInBridge();
                if (frame != null) {
                    System.arraycopy(frame, 0, in[id], 0, Clip.FRAME);
                    present[id] = true;
                }
            }
        }
        mixer.mix(in, present, out);
        for (int id = 0; id < seats.length; id++) {
            Seat seat = seats[id];
            if (seat != null) {
                seat.addCue(out[id]);
                seat.session.sayInBridge(out[id]);
            }
        }
    }

    private int seatOf(MediaSession session) {
        for (int id = 0; id < seats.length; id++) {
            if (seats[id] != null && seats[id].session == session) {
                return id;
            }
        }
        return -1;
    }

    /** The caller in seat {@code id} leaves; the others hear the dong. */
    private void depart(int id) {
        remove(id);
        cueOthers(DONG);
    }

    private void remove(int id) {
        Seat seat = seats[id];
        seats[id] = null;
        mixer.remove(id);
        hear();
        seat.session.exit(this);
        seat.left.complete(null);
    }

    /** Tells the mixer who hears each seat; a whisper to a session not seated here is heard by nobody. */
    private void hear() {
        for (int id = 0; id < seats.length; id++) {
            Audience audience = seats[id] == null ? null : seats[id].audience;
            if (audience != null) {
                mixer.heardBy(id, audience.all() ? Mixer.EVERYONE : heardBy(audience.listener()));
            }
        }
    }

    private int heardBy(MediaSession only) {
        int id = only == null ? -1 : seatOf(only);
        return id >= 0 ? id : Mixer.NOBODY;
    }

    private void cueOthers(short[] tone) {
        for (Seat seat : seats) {
            if (seat != null) {
                seat.cue = tone;
                seat.cueAt = 0;
            }
        }
    }

    /** A seated session, who hears it, the future its join returned, and the ding or dong it is hearing. */
    private static final class Seat {
        final MediaSessionImpl session;
        final CompletableFuture<Void> left = new CompletableFuture<>();
        Audience audience;
        short[] cue;
        int cueAt;

        Seat(MediaSessionImpl session, Audience audience) {
            this.session = session;
            this.audience = audience;
        }

        void addCue(short[] frame) {
            if (cue == null) {
                return;
            }
            int n = Math.min(frame.length, cue.length - cueAt);
            for (int i = 0; i < n; i++) {
                frame[i] = Levels.clip(frame[i] + cue[cueAt + i]);
            }
            cueAt += n;
            if (cueAt >= cue.length) {
                cue = null;
            }
        }
    }
}
