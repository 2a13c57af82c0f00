package org.branchline.api.calls;

import java.time.Instant;

/**
 * One change of one call, as the call core publishes it to every {@link CallEventListener}. The events of a call
 * share its {@code callId} and arrive in the order they happened; {@link Kind#ENDED} comes once, last.
 *
 * @param from the caller's number, as the call started
 * @param to the digits dialed
 * @param party who the event is about: the station ringing or answering, the application answering, the digits
 *        transferred to, the orbit parked in; null when the event names nobody
 * @param step how the call detail record's route tells this step ("101 In Office", "attempt 2",
 *        "transferred to 102"); null when the step adds nothing to the route
 * @param disposition how the call ended ({@link Kind#ENDED} only, else null)
 */
public record CallEvent(Kind kind, String callId, Instant at, String from, String to, String party, String step,
        CallDisposition disposition) {

    /** What happened to the call. */
    public enum Kind {
        /** A caller placed the call. */
        STARTED,
        /** The route took a step that rings nobody yet (a call route chosen, On Busy, Finally). */
        ROUTED,
        /** {@code party}'s phone rings. */
        RINGING,
        /** {@code party} (a station number or an application name) answered. */
        ANSWERED,
        /** Two parties talk: {@code party} joined the caller's side of the call. */
        BRIDGED,
        /** The call was handed to {@code party} (digits dialed or a station). */
        TRANSFERRED,
        /** The call waits in orbit {@code party}. */
        PARKED,
        /** Over, with {@code disposition}. */
        ENDED
    }
}
