package org.branchline.api.callcontrol;

import org.branchline.api.media.sdp.SessionDescription;

/** A change of one leg, delivered to its {@link LegListener}s in the order it happened. */
public sealed interface LegEvent {
    /** The party is being alerted (a phone rings). */
    record Ringing() implements LegEvent {
    }

    /** The party sends media before answering (ringback or announcements from a line). */
    record EarlyMedia(SessionDescription media) implements LegEvent {
    }

    /** The party answered with {@code media}. */
    record Answered(SessionDescription media) implements LegEvent {
    }

    /** The party put the call on hold ({@code true}) or took it back ({@code false}). */
    record Held(boolean held) implements LegEvent {
    }

    /**
     * The party sent a digit out of band (SIP INFO, a line's signalling); digits sent in the media (RFC 4733,
     * tones) reach whatever session faces the leg directly.
     */
    record Digit(char digit) implements LegEvent {
    }

    /**
     * The leg is over; it comes once, last. With {@link EndCause#VOICEMAIL}, {@code mailbox} is the extension whose
     * voicemail takes the caller (a route may have moved on to another extension's), else null.
     */
    record Ended(EndCause cause, String reason, String mailbox) implements LegEvent {
        public Ended(EndCause cause, String reason) {
            this(cause, reason, null);
        }
    }
}
