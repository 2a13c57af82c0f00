package org.branchline.api.calls;

import java.time.Instant;

/**
 * One change of one call, as the call core publishes it to every {@link CallEventListener}. The events of a call
 * share its {@code callId} and arrive in the order they happened; {@link Kind#ENDED} comes once, last.
 *
 * @param from the caller's number, as the call started
 * @param fromName the caller's name, or null
 * @param to the digits dialed
 * @param party who the event is about: the caller's station (STARTED), the station ringing, answering, joining or
 *        leaving, the application answering, the digits transferred to, the orbit parked in; null when the event
 *        names nobody
 * @param step how the call detail record's route tells this step ("101 In Office", "attempt 2",
 *        "transferred to 102"); null when the step adds nothing to the route
 * @param disposition how the call ended ({@link Kind#ENDED} only, else null)
 */
public record CallEvent(Kind kind, String callId, Instant at, String from, String fromName, String to,
        String party, String step, CallDisposition disposition) {

    /** What happened to the call. */
    public enum Kind {
        /** A caller placed the call, from the station {@code party} (null: not from a station). */
        STARTED,
        /** The route took a step that rings nobody yet (a call route chosen, On Busy, Finally). */
        ROUTED,
        /** {@code party}'s phone rings (once for each of its phones). */
        RINGING,
        /** One of {@code party}'s phones stopped ringing without taking the call. */
        STOPPED_RINGING,
        /** {@code party} (a station number or an application name) answered. */
        ANSWERED,
        /** Two parties talk: {@code party} joined the caller's side of the call. */
        BRIDGED,
        /** The station {@code party} is no longer in the call (it hung up, was transferred away, parked it). */
        LEFT,
        /** The call was handed to {@code party} (digits dialed or a station). */
        TRANSFERRED,
        /** The call waits in orbit {@code party}. */
        PARKED,
        /** Over, with {@code disposition}. */
        ENDED
    }
}
