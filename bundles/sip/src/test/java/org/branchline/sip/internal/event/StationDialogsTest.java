package org.branchline.sip.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.calls.CallEvent;
import org.branchline.api.calls.CallEvent.Kind;
import org.junit.jupiter.api.Test;

class StationDialogsTest {
    private final DialogEvents dialogs = new DialogEvents();
    private final StationDialogs blf = new StationDialogs(dialogs);
    private final List<String> lamps = new ArrayList<>();

    StationDialogsTest() {
        dialogs.onChange(station -> lamps.add(station + " " + states(station)));
    }

    @Test
    void theCallerAndTheStationRungSeeRingingThenTheCallThenNothing() {
        tell("c1", Kind.STARTED, "5100");
        tell("c1", Kind.RINGING, "5101");
        assertEquals(List.of(new DialogState("c1", "early", "recipient", "201", "Alice")), dialogs.of("5101"));
        assertEquals(List.of(new DialogState("c1", "early", "initiator", "101", null)), dialogs.of("5100"));
        tell("c1", Kind.ANSWERED, "5101");
        tell("c1", Kind.BRIDGED, "5101");
        assertEquals("confirmed", dialogs.of("5100").get(0).state());
        assertEquals("confirmed", dialogs.of("5101").get(0).state());
        tell("c1", Kind.LEFT, "5100");
        tell("c1", Kind.LEFT, "5101");
        tell("c1", Kind.ENDED, null);
        assertEquals(List.of(), dialogs.of("5100"));
        assertEquals(List.of(), dialogs.of("5101"));
    }

    @Test
    void aStationStaysRingingWhileOneOfItsPhonesRings() {
        tell("c2", Kind.STARTED, "5100");
        tell("c2", Kind.RINGING, "5101");
        tell("c2", Kind.RINGING, "5101");
        tell("c2", Kind.RINGING, "5102");
        tell("c2", Kind.STOPPED_RINGING, "5101");
        assertEquals("early", dialogs.of("5101").get(0).state(), "its other phone still rings");
        tell("c2", Kind.ANSWERED, "5102");
        tell("c2", Kind.STOPPED_RINGING, "5101");
        assertEquals(List.of(), dialogs.of("5101"), "answered elsewhere, its lamp goes out");
        assertEquals("confirmed", dialogs.of("5102").get(0).state());
        tell("c2", Kind.ENDED, null);
        assertEquals(List.of(), dialogs.of("5102"));
        assertEquals(List.of(), dialogs.of("5100"));
    }

    @Test
    void anApplicationAnsweringConfirmsTheCallerOnly() {
        tell("c3", Kind.STARTED, "5100");
        tell("c3", Kind.ANSWERED, "message-center");
        assertEquals("confirmed", dialogs.of("5100").get(0).state());
        assertEquals(List.of(), dialogs.of("message-center"));
        tell("c3", Kind.ENDED, null);
        assertEquals(List.of("5100 [early]", "5100 [confirmed]", "5100 []"), lamps);
    }

    @Test
    void aStationThatJoinsLaterIsInTheCallUntilItLeaves() {
        tell("c4", Kind.STARTED, "5100");
        tell("c4", Kind.BRIDGED, "5105");
        assertEquals(List.of(new DialogState("c4", "confirmed", "recipient", "201", "Alice")), dialogs.of("5105"));
        tell("c4", Kind.LEFT, "5105");
        assertEquals(List.of(), dialogs.of("5105"));
    }

    private void tell(String callId, Kind kind, String party) {
        blf.callEvent(new CallEvent(kind, callId, Instant.now(), "201", "Alice", "101", party, null,
                kind == Kind.ENDED ? CallDisposition.ANSWERED : null));
    }

    private List<String> states(String station) {
        return dialogs.of(station).stream().map(DialogState::state).toList();
    }
}
