package org.branchline.sip.internal.handset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.branchline.api.admin.InvalidFieldException;
import org.junit.jupiter.api.Test;

class HandsetRulesTest {
    @Test
    void lowestFreeStationNumber() {
        assertEquals("5100", HandsetRules.freeStation(Set.of()));
        assertEquals("5102", HandsetRules.freeStation(Set.of("5100", "5101", "5103")));
    }

    @Test
    void fieldsNameThemselvesInErrors() {
        assertEquals("lines", assertThrows(InvalidFieldException.class, () -> HandsetRules.lines(25)).field());
        assertEquals("lines", assertThrows(InvalidFieldException.class, () -> HandsetRules.lines(0)).field());
        assertEquals("login-id", assertThrows(InvalidFieldException.class, () -> HandsetRules.loginId("a b")).field());
        assertEquals("password", assertThrows(InvalidFieldException.class, () -> HandsetRules.password("abc")).field());
        assertEquals("description", assertThrows(InvalidFieldException.class,
                () -> HandsetRules.description(" ")).field());
        assertEquals(24, HandsetRules.lines(24));
    }
}
