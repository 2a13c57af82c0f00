package org.branchline.directory.internal.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.directory.PasswordRequirements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest {

    private static final PasswordRequirements DEFAULTS = PasswordRequirements.defaults();
    private static final PasswordRequirements STRONG_ALL = new PasswordRequirements(true, 8, true, true, true, true);

    @Test
    void defaultRequirementsAcceptFourToOneHundredTwentyEightAllowedCharacters() {
        assertTrue(PasswordRules.complies(DEFAULTS, "abcd"));
        assertTrue(PasswordRules.complies(DEFAULTS, "1234"));
        assertTrue(PasswordRules.complies(DEFAULTS, "a".repeat(128)));
    }

    @Test
    void defaultRequirementsRefuseShortAndLongPasswords() {
        assertEquals(List.of("must be at least 4 characters"), PasswordRules.violations(DEFAULTS, "abc"));
        assertEquals(List.of("must be at least 4 characters"), PasswordRules.violations(DEFAULTS, ""));
        assertEquals(List.of("must be at most 128 characters"),
                PasswordRules.violations(DEFAULTS, "a".repeat(129)));
    }

    @Test
    void everySpecialCharacterOfTheGuideIsAllowed() {
        String specials = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
        assertEquals(33, specials.length());
        assertEquals(specials, PasswordRules.SPECIAL_CHARACTERS);
        assertTrue(PasswordRules.complies(DEFAULTS, "Ab1" + specials));
    }

    @Test
    void charactersOutsideTheGuideSetAreNamed() {
        assertEquals(List.of("may contain only letters, digits and the special characters of the guide"
                + " (found 'é')"), PasswordRules.violations(DEFAULTS, "passé"));
        assertEquals(List.of("may contain only letters, digits and the special characters of the guide"
                + " (found U+0009)"), PasswordRules.violations(DEFAULTS, "pass\tword"));
        assertFalse(PasswordRules.complies(DEFAULTS, "pässwörd"));
        assertFalse(PasswordRules.complies(DEFAULTS, "password\u00A0"));
    }

    @Test
    void lengthCountsCodePointsAndEveryBrokenRuleIsListed() {
        List<String> broken = PasswordRules.violations(DEFAULTS, "\uD83D\uDE00\uD83D\uDE00");
        assertEquals(2, broken.size());
        assertEquals("must be at least 4 characters", broken.get(0));
        assertTrue(broken.get(1).startsWith("may contain only letters"), broken.get(1));
    }

    @Test
    void withoutStrongPasswordsTheClassFlagsAndMinimumAreIgnored() {
        PasswordRequirements leftovers = new PasswordRequirements(false, 20, true, true, true, true);
        assertTrue(PasswordRules.complies(leftovers, "abcd"));
        assertEquals(4, PasswordRules.minimumLength(leftovers));
    }

    @Test
    void strongRequirementsNameEachMissingClass() {
        assertEquals(List.of("must contain an upper-case letter", "must contain a digit",
                "must contain a special character (a space or punctuation such as ! # @)"),
                PasswordRules.violations(STRONG_ALL, "abcdefgh"));
        assertEquals(List.of("must contain a lower-case letter"),
                PasswordRules.violations(STRONG_ALL, "ABCDEF1!"));
        assertTrue(PasswordRules.complies(STRONG_ALL, "Abcdef1!"));
        assertTrue(PasswordRules.complies(STRONG_ALL, "Abcdef1 "));
    }

    @Test
    void strongRequirementsUseTheChosenMinimum() {
        assertEquals(List.of("must be at least 8 characters"), PasswordRules.violations(STRONG_ALL, "Ab1!xyz"));
        PasswordRequirements lengthOnly = new PasswordRequirements(true, 6, false, false, false, false);
        assertTrue(PasswordRules.complies(lengthOnly, "abcdef"));
        assertFalse(PasswordRules.complies(lengthOnly, "abcde"));
    }

    @Test
    void checkJoinsEveryViolationOnTheGivenField() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> PasswordRules.check("password", STRONG_ALL, "abc"));
        assertEquals("password", e.field());
        assertEquals("must be at least 8 characters; must contain an upper-case letter; must contain a digit; "
                + "must contain a special character (a space or punctuation such as ! # @)", e.rule());
        assertEquals("password: " + e.rule(), e.getMessage());
        assertDoesNotThrow(() -> PasswordRules.check("password", STRONG_ALL, "Secret-99"));
    }

    @Test
    void missingPasswordIsRequired() {
        assertEquals(List.of("is required"), PasswordRules.violations(DEFAULTS, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 4, 5, 129, 1000})
    void strongMinimumLengthOutsideSixToOneHundredTwentyEightIsRefused(int minimum) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> PasswordRules
                .validateRequirements(new PasswordRequirements(true, minimum, false, false, false, false)));
        assertEquals("minimum-length", e.field());
        assertEquals("must be from 6 to 128 when strong passwords are required", e.rule());
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 12, 128})
    void strongMinimumLengthInRangeIsAccepted(int minimum) {
        assertDoesNotThrow(() -> PasswordRules
                .validateRequirements(new PasswordRequirements(true, minimum, true, false, false, false)));
    }

    @Test
    void nonStrongRequirementsNormaliseToTheDefaults() {
        PasswordRequirements leftovers = new PasswordRequirements(false, 0, true, false, true, false);
        assertDoesNotThrow(() -> PasswordRules.validateRequirements(leftovers));
        assertEquals(PasswordRequirements.defaults(), PasswordRules.normalise(leftovers));
        assertEquals(STRONG_ALL, PasswordRules.normalise(STRONG_ALL));
    }
}
