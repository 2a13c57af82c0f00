package org.branchline.api.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One RTP endpoint facing one phone. Audio goes out in 20 ms packets whether or not anything plays (silence
 * then); digits arrive as RFC 4733 events, SIP INFO (through {@link #digit(char)}) or in-band tones when the
 * phone offered no telephone-event. One play or record runs at a time; starting another stops the first.
 */
public interface MediaSession extends AutoCloseable {
    /** The SDP answer to send to the phone. */
    String answerSdp();

    /** Takes the phone's new description (re-INVITE) and returns the answer. */
    String update(String offerSdp) throws MediaException;

    /** Plays the prompts in order; completes when they end, {@link #stop()} is called or the session closes. */
    CompletableFuture<Played> play(List<Prompt> prompts, boolean stopOnDigit);

    /**
     * Records what the phone sends, as raw 8 kHz µ-law, into {@code file}: the file is forced to disk at least
     * every second and when the recording ends, before the future completes.
     */
    CompletableFuture<Recorded> record(Path file, RecordLimits limits);

    /** Stops what plays or records now. */
    void stop();

    /** The next digit the phone pressed, waiting up to {@code timeout}; empty when none came or the session closed. */
    Optional<Character> nextDigit(Duration timeout) throws InterruptedException;

    /** Forgets digits pressed but not yet read. */
    void clearDigits();

    /** A digit received by signalling (SIP INFO). */
    void digit(char digit);

    /** Sends a digit to the phone as an RFC 4733 event (in-band tone when it offered none). */
    void sendDigit(char digit);

    boolean isOpen();

    /** Closes the ports; whatever plays or records completes. */
    @Override
    void close();

    /** How a play ended. */
    enum PlayEnd { FINISHED, DIGIT, STOPPED, CLOSED }

    record Played(PlayEnd end) {
    }

    /** How a recording ended. */
    enum RecordEnd { DIGIT, SILENCE, MAXIMUM_TIME, STOPPED, CLOSED, FAILED }

    /** @param millis the audio kept in the file (trailing silence removed when recording ended on silence) */
    record Recorded(RecordEnd end, long millis) {
    }

    /**
     * @param maximum the longest recording
     * @param endOnSilence ends the recording after {@code silence} without voice (voice activity detection)
     * @param stopDigits digits that end the recording (the digit stays to be read)
     */
    record RecordLimits(Duration maximum, boolean endOnSilence, Duration silence, String stopDigits) {
    }
}
