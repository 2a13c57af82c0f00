package org.branchline.api.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.branchline.api.directory.DialPlanMode;
import org.branchline.api.directory.Presence;
import org.junit.jupiter.api.Test;

class RequestFieldsTest {
    @Test
    void enumeratedFieldsAcceptNamesInAnyCaseAndNameTheFieldWhenWrong() {
        assertEquals(DialPlanMode.EXTENSION, RequestFields.oneOf("mode", DialPlanMode.class, "extension"));
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> RequestFields.oneOf("mode", DialPlanMode.class, "sideways"));
        assertEquals("mode: must be one of NORMAL, EXTENSION", e.getMessage());
        assertEquals(Presence.AT_A_MEETING, RequestFields.presence("At A Meeting"));
    }

    @Test
    void keyValues() {
        assertNull(RequestFields.keyValues("set", List.of()));
        assertEquals(Map.of("a", "1", "b", "x=y"), RequestFields.keyValues("set", List.of("a=1", "b = x=y")));
        assertEquals("set", assertThrows(InvalidFieldException.class,
                () -> RequestFields.keyValues("set", List.of("novalue"))).field());
    }

    @Test
    void presencesAreNamedOrAll() {
        assertEquals(EnumSet.allOf(Presence.class), RequestFields.presences("presences", List.of("ALL")));
        assertEquals(EnumSet.of(Presence.IN_OFFICE, Presence.AWAY),
                RequestFields.presences("presences", List.of("in-office", "Away")));
        assertEquals("presences", assertThrows(InvalidFieldException.class,
                () -> RequestFields.presences("presences", List.of("all", "away"))).field());
        assertEquals("presences", assertThrows(InvalidFieldException.class,
                () -> RequestFields.presences("presences", List.of())).field());
    }

    @Test
    void instantsAndDates() {
        assertNull(RequestFields.instant("since", " "));
        assertEquals(Instant.parse("2026-11-23T09:00:00Z"), RequestFields.instant("since", "2026-11-23T09:00:00Z"));
        assertEquals(Instant.parse("2026-11-23T00:00:00Z"), RequestFields.instant("since", "2026-11-23"));
        assertEquals("since", assertThrows(InvalidFieldException.class,
                () -> RequestFields.instant("since", "yesterday")).field());
    }
}
