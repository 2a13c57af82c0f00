package org.branchline.api.callcontrol;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.branchline.api.calls.CallEvent;
import org.branchline.api.media.sdp.SessionDescription;
import org.branchline.api.routing.Caller;

/**
 * One party in a call as its leg provider holds it: a SIP phone's dialog, later a trunk dialog, a PRI B-channel or
 * an analog port. Media is described in SDP whatever the technology (a provider that terminates other media
 * presents it as RTP). A call is legs joined by {@link CallControl}.
 */
public interface Leg {
    /** Unique while the leg lives. */
    String id();

    /** The call the leg belongs to, as call events name it. */
    String callId();

    Party party();

    State state();

    /**
     * The party as routing and call applications see a caller: its number and name, internal when it is a
     * station. A provider that knows the station's user and owner says so.
     */
    default Caller asCaller() {
        Party p = party();
        return new Caller(null, null, p.number(), p.name(), p.kind() == Party.Kind.STATION);
    }

    /** The party's current media description (what it wants to receive on), once known. */
    Optional<SessionDescription> media();

    /**
     * Answers a leg the party placed and that is not yet answered, with {@code media} (where the server sends
     * from and receives on); completes with the party's description. Fails when the party gave up.
     */
    CompletionStage<SessionDescription> answer(SessionDescription media);

    /**
     * Tells an answered party where its media goes now ({@code media}); completes with the party's answer, its
     * new description. Fails when the party refused or is gone.
     */
    CompletionStage<SessionDescription> offer(SessionDescription media);

    /** Adds a listener; one added after the leg ended hears {@link LegEvent.Ended} at once. */
    void listen(LegListener listener);

    /**
     * Who answers when the party itself offers new media (hold, resume, a codec change); null: the provider
     * answers with what the party already has.
     */
    void negotiator(Negotiator negotiator);

    /**
     * The core tells the leg's call what it did with the leg ({@code BRIDGED} with {@code party},
     * {@code TRANSFERRED} to it, {@code PARKED}): the provider publishes it among the call's own
     * {@link org.branchline.api.calls.CallEvent}s, so that each call's events stay in order. A provider publishes
     * the rest itself (ringing, answered, left, ended).
     */
    void told(CallEvent.Kind kind, String party, String step);

    /**
     * The leg the core connects this one to is alerting: ringing ({@code earlyMedia} null) or sending early media.
     * A party that placed this leg and still waits for its answer is told so (ringback); nothing by default.
     */
    default void farEndAlerting(SessionDescription earlyMedia) {
    }

    /**
     * Sends the party a digit out of band (SIP INFO, a line's signalling): a digit the other leg of a bridge sent
     * that way ({@link LegEvent.Digit}). Nothing by default.
     */
    default void sendDigit(char digit) {
    }

    /** Ends the leg: a call not yet answered is cancelled or refused, an answered one hung up. */
    void hangUp(EndCause cause);

    /** Where a leg is in its life. */
    enum State { CALLING, RINGING, ANSWERED, ENDED }

    /** Answers the party's own offers; the answer is what the party is told. */
    @FunctionalInterface
    interface Negotiator {
        CompletionStage<SessionDescription> offered(Leg leg, SessionDescription offer);
    }
}
