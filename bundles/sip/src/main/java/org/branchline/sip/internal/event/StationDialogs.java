package org.branchline.sip.internal.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.branchline.api.calls.CallEvent;
import org.branchline.api.calls.CallEventListener;

/**
 * The dialogs of call appearances for BLF (RFC 4235), made from call events. The caller's station is in its call
 * as initiator from the start; a station rung is in it as recipient while one of its phones rings. Each is
 * confirmed once the call is answered (the caller), or once it answered or joined (the others), and is out of the
 * call when it left, when its last phone stopped ringing, or when the call ended. Events come one at a time.
 */
public final class StationDialogs implements CallEventListener {
    private final DialogEvents dialogs;
    private final Map<String, Call> calls = new HashMap<>();

    /** One call as the stations in it see it. */
    private static final class Call {
        final CallEvent start;
        final Map<String, Integer> ringing = new HashMap<>();
        final Set<String> confirmed = new HashSet<>();

        Call(CallEvent start) {
            this.start = start;
        }

        String caller() {
            return start.kind() == CallEvent.Kind.STARTED ? start.party() : null;
        }
    }

    public StationDialogs(DialogEvents dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void callEvent(CallEvent event) {
        Call call = calls.computeIfAbsent(event.callId(), id -> new Call(event));
        String party = event.party();
        switch (event.kind()) {
            case STARTED -> show(call, call.caller(), DialogState.EARLY);
            case RINGING -> ringing(call, party);
            case STOPPED_RINGING -> stoppedRinging(call, party);
            case ANSWERED -> answered(call, party);
            case BRIDGED -> confirm(call, party);
            case LEFT -> leave(call, party);
            case ENDED -> ended(call);
            default -> {
            }
        }
    }

    private void ringing(Call call, String station) {
        call.ringing.merge(station, 1, Integer::sum);
        if (!call.confirmed.contains(station)) {
            show(call, station, DialogState.EARLY);
        }
    }

    private void stoppedRinging(Call call, String station) {
        Integer phones = call.ringing.computeIfPresent(station, (s, n) -> n > 1 ? n - 1 : null);
        if (phones == null && !call.confirmed.contains(station) && !station.equals(call.caller())) {
            show(call, station, DialogState.TERMINATED);
        }
    }

    private void answered(Call call, String party) {
        confirm(call, call.caller());
        if (call.ringing.containsKey(party)) {
            confirm(call, party);
        }
    }

    private void confirm(Call call, String station) {
        if (station != null) {
            call.confirmed.add(station);
            show(call, station, DialogState.CONFIRMED);
        }
    }

    private void leave(Call call, String station) {
        call.confirmed.remove(station);
        call.ringing.remove(station);
        show(call, station, DialogState.TERMINATED);
    }

    private void ended(Call call) {
        calls.remove(call.start.callId());
        Set<String> stations = new HashSet<>(call.confirmed);
        stations.addAll(call.ringing.keySet());
        if (call.caller() != null) {
            stations.add(call.caller());
        }
        stations.forEach(s -> show(call, s, DialogState.TERMINATED));
    }

    private void show(Call call, String station, String state) {
        if (station == null) {
            return;
        }
        CallEvent start = call.start;
        boolean initiator = station.equals(call.caller());
        dialogs.update(station, new DialogState(start.callId(), state, initiator ? "initiator" : "recipient",
                initiator ? start.to() : start.from(), initiator ? null : start.fromName()));
    }
}
