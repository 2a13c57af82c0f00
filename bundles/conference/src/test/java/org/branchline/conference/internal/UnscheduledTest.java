package org.branchline.conference.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UnscheduledTest {
    @Test
    void readsIdsAndPasswords() {
        Unscheduled u = Unscheduled.parse(" 480=480,481=1234  482=0 ");
        assertEquals(Map.of("480", "480", "481", "1234", "482", "0"), u.passwords());
        assertTrue(u.exists("481"));
        assertFalse(u.exists("483"));
        assertTrue(u.admits("481", "1234"));
        assertFalse(u.admits("481", "481"));
        assertFalse(u.admits("483", "483"));
        assertTrue(Unscheduled.parse("").passwords().isEmpty());
    }

    @Test
    void refusesWhatIsNotDigitsOrGivenTwice() {
        assertThrows(IllegalArgumentException.class, () -> Unscheduled.parse("480"));
        assertThrows(IllegalArgumentException.class, () -> Unscheduled.parse("48a=1"));
        assertThrows(IllegalArgumentException.class, () -> Unscheduled.parse("480=1, 480=2"));
    }
}
