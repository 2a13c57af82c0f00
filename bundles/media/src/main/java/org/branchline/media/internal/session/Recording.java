package org.branchline.media.internal.session;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import org.branchline.api.media.MediaSession.RecordEnd;
import org.branchline.api.media.MediaSession.RecordLimits;
import org.branchline.api.media.MediaSession.Recorded;
import org.branchline.media.internal.codec.Pcmu;
import org.branchline.media.internal.dsp.VoiceActivity;

/**
 * A recording under way: each 20 ms frame heard (silence when nothing came) is µ-law encoded and handed to the
 * writer in 200 ms chunks; it ends on time, on a stop digit, when stopped, or on silence: the configured
 * silence once voice was heard, twice as long while nobody has spoken yet.
 */
final class Recording {
    private static final int FRAME_BYTES = 160;
    private static final int CHUNK_FRAMES = 10;
    private final RecordLimits limits;
    private final RecordingWriter writer;
    private final RecordingWriter.Target target;
    private final VoiceActivity voice = new VoiceActivity();
    private final long maximumFrames;
    private final long silenceFrames;
    private final byte[] chunk = new byte[FRAME_BYTES * CHUNK_FRAMES];
    private int chunkFrames;
    private long frames;
    private long trailingSilence;
    private boolean heardVoice;
    private boolean ended;
    final CompletableFuture<Recorded> done = new CompletableFuture<>();

    Recording(Path file, RecordLimits limits, RecordingWriter writer) throws IOException {
        this.limits = limits;
        this.writer = writer;
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.target = new RecordingWriter.Target(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        this.maximumFrames = Math.max(1, limits.maximum().toMillis() / 20);
        this.silenceFrames = Math.max(1, limits.silence().toMillis() / 20);
    }

    /** Takes one frame (null: nothing arrived); the reason it ended, or null while it goes on. */
    synchronized RecordEnd accept(short[] frame) {
        if (ended) {
            return null;
        }
        int at = chunkFrames * FRAME_BYTES;
        for (int i = 0; i < FRAME_BYTES; i++) {
            chunk[at + i] = frame == null ? Pcmu.fromLinear((short) 0) : Pcmu.fromLinear(frame[i]);
        }
        frames++;
        boolean voiced = frame != null && voice.voiced(frame);
        heardVoice |= voiced;
        trailingSilence = voiced ? 0 : trailingSilence + 1;
        if (++chunkFrames == CHUNK_FRAMES) {
            flush();
        }
        if (limits.endOnSilence() && trailingSilence >= (heardVoice ? silenceFrames : 2 * silenceFrames)) {
            return RecordEnd.SILENCE;
        }
        return frames >= maximumFrames ? RecordEnd.MAXIMUM_TIME : null;
    }

    boolean stopsOn(char digit) {
        return limits.stopDigits() != null && limits.stopDigits().indexOf(digit) >= 0;
    }

    /** Ends the recording; the future completes once the file is on disk. Only the first end counts. */
    synchronized void end(RecordEnd why) {
        if (ended) {
            return;
        }
        ended = true;
        flush();
        long kept = why == RecordEnd.SILENCE ? frames - trailingSilence : frames;
        writer.finish(target, kept * FRAME_BYTES, () -> done.complete(
                new Recorded(target.failed != null ? RecordEnd.FAILED : why, kept * 20)));
    }

    private void flush() {
        if (chunkFrames > 0) {
            byte[] bytes = new byte[chunkFrames * FRAME_BYTES];
            System.arraycopy(chunk, 0, bytes, 0, bytes.length);
            writer.append(target, bytes);
            chunkFrames = 0;
        }
    }
}
