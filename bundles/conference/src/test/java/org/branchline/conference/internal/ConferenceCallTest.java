package org.branchline.conference.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.branchline.api.callcontrol.CallEndedException;
import org.junit.jupiter.api.Test;

class ConferenceCallTest {
    private final List<FakeBridge> opened = new ArrayList<>();
    private int bridges = 1;
    private int seats = 2;
    private final Rooms rooms = new Rooms(n -> {
        FakeBridge b = new FakeBridge(n);
        opened.add(b);
        return b;
    }, new BridgeLimits() {
        @Override
        public int bridges() {
            return bridges;
        }

        @Override
        public int seats() {
            return seats;
        }
    });
    private final Unscheduled conferences = Unscheduled.parse("480=480, 481=1234");

    private void run(FakeCall call) {
        new ConferenceCall(call, conferences, rooms).run();
    }

    @Test
    void theRightIdAndPasswordEnterTheConference() {
        FakeCall call = new FakeCall("480", "480");
        assertThrows(CallEndedException.class, () -> run(call));
        assertTrue(call.answered);
        assertEquals(List.of("conf/welcome", "conf/enter-id", "conf/enter-pin", "conf/joining",
                "conf/first-participant", "(conference)"), call.heard);
        assertEquals(1, opened.size());
        assertFalse(opened.get(0).isOpen(), "the last caller out closes the bridge");
        assertEquals(0, rooms.callers("480"));
    }

    @Test
    void aWrongIdIsAskedAgainAndThreeEndTheCall() {
        FakeCall call = new FakeCall("999", "", "481", "1234");
        call.hangsUpInConference = false;
        run(call);
        assertEquals(List.of("conf/welcome", "conf/enter-id", "conf/invalid-id", "conf/enter-id", "conf/invalid-id",
                "conf/enter-id", "conf/enter-pin", "conf/joining", "conf/first-participant", "(conference)"),
                call.heard);

        FakeCall lost = new FakeCall("1", "2", "3", "480");
        run(lost);
        assertEquals(List.of("conf/welcome", "conf/enter-id", "conf/invalid-id", "conf/enter-id", "conf/invalid-id",
                "conf/enter-id", "conf/invalid-id", "common/goodbye"), lost.heard);
    }

    @Test
    void aWrongPasswordIsRefusedThreeTimes() {
        FakeCall call = new FakeCall("481", "481", "0", "12345");
        run(call);
        assertEquals(List.of("conf/welcome", "conf/enter-id", "conf/enter-pin", "conf/invalid-pin",
                "conf/enter-pin", "conf/invalid-pin", "conf/enter-pin", "conf/invalid-pin", "common/goodbye"),
                call.heard);
        assertNull(call.seatedIn);
        assertTrue(opened.isEmpty(), "no bridge for a caller refused");
    }

    @Test
    void aFullConferenceOrNoFreeBridgeSaysFull() {
        rooms.enter("480");
        rooms.enter("480");
        FakeCall late = new FakeCall("480", "480");
        run(late);
        assertEquals(List.of("conf/welcome", "conf/enter-id", "conf/full", "common/goodbye"), late.heard);

        FakeCall other = new FakeCall("481", "1234");
        run(other);
        assertEquals(List.of("conf/welcome", "conf/enter-id", "conf/full", "common/goodbye"), other.heard,
                "the one bridge is taken by 480");
    }

    @Test
    void theGreetingCountsWhoIsThere() {
        assertEquals("[Phrase[name=conf/joining], Phrase[name=conf/there-is], Number[value=1], "
                + "Phrase[name=conf/participant]]", ConferenceCall.greeting(1).toString());
        assertEquals("[Phrase[name=conf/joining], Phrase[name=conf/there-are], Number[value=4], "
                + "Phrase[name=conf/participants]]", ConferenceCall.greeting(4).toString());
    }

    @Test
    void closingTheRoomsClosesTheBridgesAndAdmitsNobody() {
        rooms.enter("480");
        rooms.close();
        assertFalse(opened.get(0).isOpen());
        assertFalse(rooms.hasSeat("481"));
    }
}
