package org.branchline.api.callcontrol;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.branchline.api.media.ConferenceBridge;
import org.branchline.api.media.MediaSession.Played;
import org.branchline.api.media.MediaSession.RecordLimits;
import org.branchline.api.media.MediaSession.Recorded;
import org.branchline.api.media.Prompt;
import org.branchline.api.routing.Caller;

/**
 * One call inside a call application. Methods block the application's thread; once the caller hung up they
 * throw {@link CallEndedException} (a play or record under way ends with CLOSED first).
 */
public interface ApplicationCall {
    /** The application name the call was dialed to, e.g. "message-center". */
    String application();

    /** Which instance of the application the number names ("1" of the auto attendants), or null. */
    String instance();

    /** The extension the dial plan named (the mailbox of 6 + extension, the callee of a Finally voicemail), or null. */
    String extension();

    /** True when the call reached the application as the Finally action of the extension's route. */
    boolean fromCallRoute();

    Caller caller();

    /** Who handed the call to the application by a blind transfer (the phone that parked it), or null. */
    Caller transferredBy();

    String callId();

    /** Answers the call (200 OK with the media engine's description); does nothing once answered. */
    void answer();

    Played play(List<Prompt> prompts, boolean stopOnDigit);

    default Played play(Prompt... prompts) {
        return play(List.of(prompts), true);
    }

    /**
     * Records into {@code file}. When the caller hangs up during the recording this returns normally (end
     * CLOSED) with what was recorded on disk, so that the message can be kept; the next call throws.
     */
    Recorded record(Path file, RecordLimits limits);

    /** The next digit pressed within {@code timeout}, or empty. */
    Optional<Character> digit(Duration timeout);

    /**
     * Digits up to {@code maximum}, ended early by one of {@code terminators} (not included) or by
     * {@code between} without a digit; empty text when nothing was pressed within {@code first}.
     */
    String collect(int maximum, String terminators, Duration first, Duration between);

    void clearDigits();

    /**
     * Hands the caller to what {@code digits} dial (an extension's route, another application), as if the caller
     * dialed them; the application's part of the call then ends. False when nothing answers to those digits, and
     * the call stays with the application.
     */
    boolean transfer(String digits);

    /**
     * Answers if need be and seats the caller in {@code bridge}, where it stays until the bridge closes (then
     * this returns) or the caller hangs up (then it throws {@link CallEndedException}).
     *
     * @throws IllegalStateException when the bridge has no free seat or is closed
     */
    void conference(ConferenceBridge bridge);

    /**
     * The caller's leg, for {@link CallControl}: connecting or bridging it to another leg takes the call out of the
     * application (its media session closes; play, record and digits then throw {@link CallEndedException}).
     */
    Leg leg();

    /** Hangs up. */
    void hangUp();

    boolean active();
}
