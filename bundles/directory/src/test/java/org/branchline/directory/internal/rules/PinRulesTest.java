package org.branchline.directory.internal.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.branchline.api.admin.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PinRulesTest {

    @Test
    void defaultPinIsTheGuides1234AndValid() {
        assertEquals("1234", PinRules.DEFAULT_PIN);
        assertDoesNotThrow(() -> PinRules.check("pin", PinRules.DEFAULT_PIN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000", "98765", "1234567890123456"})
    void fourToSixteenDigitsAreAccepted(String pin) {
        assertDoesNotThrow(() -> PinRules.check("pin", pin));
        assertTrue(PinRules.isValid(pin));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123", "12a4", "12 34", " 1234", "١٢٣٤", "abcdefghijklmnopq"})
    void shortOrNonDigitPinsAreRefused(String pin) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> PinRules.check("pin", pin));
        assertEquals("pin: must be digits, at least 4", e.getMessage());
        assertFalse(PinRules.isValid(pin));
    }

    @Test
    void longPinsAreRefused() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> PinRules.check("new-pin", "12345678901234567"));
        assertEquals("new-pin", e.field());
        assertEquals("must be at most 16 digits", e.rule());
        assertFalse(PinRules.isValid("12345678901234567"));
    }
}
