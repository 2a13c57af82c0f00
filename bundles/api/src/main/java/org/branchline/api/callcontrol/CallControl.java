package org.branchline.api.callcontrol;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.branchline.api.media.ConferenceBridge;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;

/**
 * The call core: places legs with the {@link LegProvider} of their technology and joins them. Every method works
 * on legs of any technology; only the providers know the signalling and only the media engine RTP.
 */
public interface CallControl {
    /**
     * Places a leg with the provider of {@code request.to().technology()}; without one the leg is ended
     * {@link EndCause#UNREACHABLE} at once.
     */
    Leg originate(Originate request, LegListener listener);

    /**
     * Places a leg to {@code to} offering {@code from}'s media and bridges the two when it answers ({@code from}
     * is answered then, if the party placed it and it still waits). {@code from} hanging up meanwhile cancels it;
     * nobody answering leaves {@code from} as it was.
     */
    Connection connect(Leg from, LegAddress to, Party callerShown, Duration ringTimeout, boolean autoAnswer);

    /**
     * Takes a leg where the digits it dialed lead, as routing says for a call from {@code caller.party()}: an
     * extension's call route rings it (a route ending in voicemail hands it to the voicemail application), a call
     * application's number runs that application with the leg as its caller, a number that reaches nothing ends the
     * leg {@link EndCause#REJECTED}. For legs that called in (a trunk's, a hardware port's) and for legs sent on
     * (a parked call timing out).
     */
    void route(Leg caller, String dialed);

    /**
     * Takes a leg where a dialing routing already answered leads ({@link #route(Leg, String)} without asking
     * routing again): a {@link Dialed.Ring} rings that very call route, a {@link Dialed.Application} runs the
     * application; anything else ends the leg {@link EndCause#REJECTED}.
     */
    void route(Leg caller, Dialed dialed);

    /**
     * Hands {@code leg} to the call application {@code application} names, as its caller: dialed there, sent there
     * by a call route's Finally ({@code fromCallRoute}), or by {@code transferredBy}'s blind transfer (else null).
     * An application that is not running ends the leg as its number declares ({@link EndCause#BUSY} or
     * {@link EndCause#UNREACHABLE}); one that is full ends it BUSY.
     */
    void runApplication(Leg leg, Dialed.Application application, boolean fromCallRoute, Caller transferredBy);

    /** The connections ringing now, the core's and those the providers ring on their own (for pickup). */
    List<Connection> ringing();

    /**
     * Joins two legs (each one's media goes to the other); a leg already in a bridge leaves it first, the leg it
     * talked to stays alone. An unanswered leg the party placed is answered.
     */
    Bridge bridge(Leg a, Leg b);

    Optional<Bridge> bridgeOf(Leg leg);

    /** Undoes the bridge; both legs stay up, alone (silence) until joined again. */
    void unbridge(Bridge bridge);

    /** {@code leg} hears music on hold (its bridge, if any, stays, silent) until {@link #resume}. */
    void hold(Leg leg);

    /** Ends the music; a leg in a bridge talks to its other leg again. */
    void resume(Leg leg);

    /**
     * Takes {@code leg} out of its bridge (the other leg stays up, alone) and parks it with music on hold in
     * {@code orbit} (as call events name where it waits). After {@code timeout} without a retrieve,
     * {@code timedOut} gets it (still up, still hearing music).
     */
    Parked park(Leg leg, String orbit, Duration timeout, Consumer<Parked> timedOut);

    /** Joins the parked leg to {@code by}; empty when it no longer waits. */
    Optional<Bridge> retrieve(Parked parked, Leg by);

    /**
     * Blind transfer: {@code transferor} leaves its bridge (and is hung up); its other leg is connected to
     * {@code to}. Empty when the transferor is not in a bridge.
     */
    Optional<Connection> transfer(Leg transferor, LegAddress to, Duration ringTimeout);

    /**
     * Blind transfer to dialed digits, as a phone's transfer key does: {@code transferor} leaves its bridge (and is
     * hung up); its other leg goes where the digits lead ({@link #route}), an application's number handing it to
     * that application with the transferor as who transferred it (700 parks it). False when the transferor is not
     * in a bridge.
     */
    boolean transfer(Leg transferor, String dialed);

    /**
     * Attended transfer: the leg {@code transferor} talks to and the leg {@code consulted} talks to are joined,
     * and the two transferor legs are hung up. False when either is not in a bridge.
     */
    boolean transfer(Leg transferor, Leg consulted);

    /**
     * Seats {@code leg} in a mixing bridge of the media engine: TALK hears everyone and is heard; LISTEN hears
     * everyone and is not heard (call monitors). Completes when it leaves the mixing bridge. A leg seated there
     * already keeps its seat and changes mode (a monitor barging in).
     */
    CompletionStage<Void> join(Leg leg, ConferenceBridge mixing, JoinMode mode);

    /**
     * Seats {@code leg} in {@code mixing} heard by {@code to} alone, hearing everyone (a supervisor coaching an
     * agent without the caller hearing). {@code to} must be seated there through {@link #join} already; the
     * stage fails otherwise. Completes when {@code leg} leaves the mixing bridge.
     */
    CompletionStage<Void> whisper(Leg leg, ConferenceBridge mixing, Leg to);

    /** How a leg sits in a mixing bridge. */
    enum JoinMode { TALK, LISTEN }
}
