package org.branchline.media.internal.rtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelephoneEventsTest {
    private static final int SSRC = 0x1234abcd;
    @Test
    void eventCodes() {
        assertEquals(0, TelephoneEvents.event('0'));
        assertEquals(10, TelephoneEvents.event('*'));
        assertEquals(11, TelephoneEvents.event('#'));
        assertEquals(15, TelephoneEvents.event('d'));
        assertEquals(-1, TelephoneEvents.event('x'));
        assertEquals('9', TelephoneEvents.digit(9));
        assertNull(TelephoneEvents.digit(16));
    }

    @Test
    void payloadLayout() {
        byte[] out = new byte[6];
        TelephoneEvents.write(out, 2, 11, true, 10, 800);
        assertArrayEquals(new byte[] {0, 0, 11, (byte) 0x8A, 3, 32}, out);
        assertEquals(11, TelephoneEvents.event(out, 2));
        assertTrue(TelephoneEvents.end(out, 2));
        assertEquals(10, TelephoneEvents.volume(out, 2));
        assertEquals(800, TelephoneEvents.duration(out, 2));
    }

    @Test
    void aDigitIsFivePacketsOfToneAndThreeEnds() {
        TelephoneEventSender sender = new TelephoneEventSender(100);
        sender.start('5', 4000);
        List<String> sent = new ArrayList<>();
        byte[] payload = new byte[4];
        while (sender.next(payload, 0)) {
            sent.add((sender.marker() ? "M" : "") + TelephoneEvents.event(payload, 0) + "/"
                    + TelephoneEvents.duration(payload, 0) + (TelephoneEvents.end(payload, 0) ? "E" : "") + "@"
                    + sender.timestamp());
            assertEquals(10, TelephoneEvents.volume(payload, 0));
        }
        assertEquals(List.of("M5/160@4000", "5/320@4000", "5/480@4000", "5/640@4000", "5/800@4000",
                "5/800E@4000", "5/800E@4000", "5/800E@4000"), sent);
        assertFalse(sender.active());
        assertThrows(IllegalArgumentException.class, () -> sender.start('x', 0));
    }

    @Test
    void receiverReportsEachEventOnce() {
        TelephoneEventSender sender = new TelephoneEventSender(60);
        TelephoneEventReceiver receiver = new TelephoneEventReceiver();
        StringBuilder digits = new StringBuilder();
        byte[] payload = new byte[4];
        long timestamp = 0;
        for (char digit : "1#1".toCharArray()) {
            sender.start(digit, timestamp);
            while (sender.next(payload, 0)) {
                Character received = receiver.receive(SSRC, sender.timestamp(), payload, 0, 4);
                if (received != null) {
                    digits.append(received);
                }
                timestamp += 160;
            }
        }
        assertEquals("1#1", digits.toString());
    }

    @Test
    void aLostStartStillGivesTheDigitAndLateEndsAreIgnored() {
        TelephoneEventReceiver receiver = new TelephoneEventReceiver();
        byte[] payload = new byte[4];
        TelephoneEvents.write(payload, 0, 3, false, 10, 480);
        assertEquals('3', receiver.receive(SSRC, 8000, payload, 0, 4));
        TelephoneEvents.write(payload, 0, 3, true, 10, 800);
        assertNull(receiver.receive(SSRC, 8000, payload, 0, 4));
        TelephoneEvents.write(payload, 0, 4, true, 10, 800);
        assertEquals('4', receiver.receive(SSRC, 9600, payload, 0, 4));
        TelephoneEvents.write(payload, 0, 3, true, 10, 800);
        assertNull(receiver.receive(SSRC, 8000, payload, 0, 4));
        assertNull(receiver.receive(SSRC, 12000, payload, 0, 3));
        TelephoneEvents.write(payload, 0, 16, false, 10, 160);
        assertNull(receiver.receive(SSRC, 12000, payload, 0, 4));
    }

    @Test
    void aNextEventWithTheLastTimestampIsStillANewDigit() {
        TelephoneEventReceiver receiver = new TelephoneEventReceiver();
        byte[] payload = new byte[4];
        TelephoneEvents.write(payload, 0, 4, true, 10, 800);
        assertEquals('4', receiver.receive(SSRC, 8000, payload, 0, 4));
        TelephoneEvents.write(payload, 0, 11, false, 10, 160);
        assertEquals('#', receiver.receive(SSRC, 8000, payload, 0, 4));
        TelephoneEvents.write(payload, 0, 11, true, 10, 800);
        assertNull(receiver.receive(SSRC, 8000, payload, 0, 4));
    }

    @Test
    void aNewStreamStartsAfresh() {
        TelephoneEventReceiver receiver = new TelephoneEventReceiver();
        byte[] payload = new byte[4];
        TelephoneEvents.write(payload, 0, 1, true, 10, 800);
        assertEquals('1', receiver.receive(SSRC, 3_000_000_000L, payload, 0, 4));
        assertEquals('1', receiver.receive(SSRC + 1, 8000, payload, 0, 4), "another SSRC, an older timestamp");
        assertNull(receiver.receive(SSRC + 1, 8000, payload, 0, 4));
    }

    @Test
    void timestampsWrapAround() {
        TelephoneEventReceiver receiver = new TelephoneEventReceiver();
        byte[] payload = new byte[4];
        TelephoneEvents.write(payload, 0, 1, false, 10, 160);
        assertEquals('1', receiver.receive(SSRC, 0xFFFFFF00L, payload, 0, 4));
        assertEquals('1', receiver.receive(SSRC, 0x00000100L, payload, 0, 4));
        assertNull(receiver.receive(SSRC, 0xFFFFFF00L, payload, 0, 4), "older than the last, across the wrap");
    }
}
