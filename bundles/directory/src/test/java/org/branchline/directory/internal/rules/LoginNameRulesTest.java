package org.branchline.directory.internal.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.branchline.api.admin.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginNameRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"j", "jsmith", "J.Smith_2-a", "7up", "a-"})
    void acceptsLettersDigitsDotUnderscoreAndHyphen(String name) {
        assertDoesNotThrow(() -> LoginNameRules.check(name));
        assertTrue(LoginNameRules.isValid(name));
    }

    @Test
    void acceptsSixtyFourCharactersAndRefusesSixtyFive() {
        assertTrue(LoginNameRules.isValid("a".repeat(64)));
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> LoginNameRules.check("a".repeat(65)));
        assertEquals("login-name: must be at most 64 characters", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"\"        | is required",
        ".jsmith     | must start with a letter or digit",
        "_jsmith     | must start with a letter or digit",
        "-jsmith     | must start with a letter or digit",
        "j smith     | may contain only letters, digits, '.', '_' and '-'",
        "josé        | may contain only letters, digits, '.', '_' and '-'",
        "j@smith     | may contain only letters, digits, '.', '_' and '-'"})
    void refusesBadNamesWithTheRule(String name, String rule) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> LoginNameRules.check(name));
        assertEquals("login-name", e.field());
        assertEquals(rule, e.rule());
    }

    @Test
    void refusesNull() {
        assertFalse(LoginNameRules.isValid(null));
        assertEquals("login-name: is required",
                assertThrows(InvalidFieldException.class, () -> LoginNameRules.check(null)).getMessage());
    }
}
