package org.branchline.directory.internal.rules;

import static org.branchline.api.directory.DialPlanFunction.CALL_FUNCTIONS;
import static org.branchline.api.directory.DialPlanFunction.ENTERPRISE;
import static org.branchline.api.directory.DialPlanFunction.EXTENSIONS;
import static org.branchline.api.directory.DialPlanFunction.INTERNAL_STATION;
import static org.branchline.api.directory.DialPlanFunction.LEAVE_VOICEMAIL;
import static org.branchline.api.directory.DialPlanFunction.MESSAGE_CENTER;
import static org.branchline.api.directory.DialPlanFunction.OPERATOR;
import static org.branchline.api.directory.DialPlanFunction.OUTSIDE_LINE;
import static org.branchline.api.directory.DialPlanFunction.PBX_FUNCTIONS;
import static org.branchline.api.directory.DialPlanFunction.SPEED_DIAL;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.branchline.api.admin.ConflictException;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.directory.DialPattern;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.directory.DialPlanMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DialPlanRulesTest {

    private static final DialPlan DEFAULT = DialPlanRules.defaults();
    private static final DialPlan DEFAULT_4 = DialPlanRules.withLength(DEFAULT, 4);
    private static final DialPlan EXTENSION_MODE = DialPlanRules.defaults(DialPlanMode.EXTENSION);

    private static DialPlan with(DialPlan plan, DialPlanFunction function, int digit) {
        Map<DialPlanFunction, Integer> digits = new EnumMap<>(plan.digits());
        digits.put(function, digit);
        return new DialPlan(plan.mode(), plan.extensionLength(), digits);
    }

    private static DialPlan with(DialPlan plan, DialPlanMode mode) {
        return new DialPlan(mode, plan.extensionLength(), plan.digits());
    }

    private static List<String> patternsOf(DialPlan plan, DialPlanFunction function) {
        return DialPlanRules.patterns(plan).stream().filter(p -> p.function() == function)
                .map(DialPattern::pattern).collect(Collectors.toList());
    }

    private static Set<DialPlanFunction> functionsMatching(DialPlan plan, String dialed) {
        return DialPlanRules.patterns(plan).stream().filter(p -> DialPlanRules.matches(p.pattern(), dialed))
                .map(DialPattern::function).collect(Collectors.toSet());
    }

    private static InvalidFieldException refused(DialPlan plan) {
        return assertThrows(InvalidFieldException.class, () -> DialPlanRules.validate(plan));
    }

    @Nested
    class Defaults {

        @Test
        void areTheFactoryDigitsOfTheGuideTable() {
            assertEquals(DialPlanMode.NORMAL, DEFAULT.mode());
            assertEquals(3, DEFAULT.extensionLength());
            Map<DialPlanFunction, Integer> expected = Map.of(EXTENSIONS, 1, OPERATOR, 0, OUTSIDE_LINE, 9,
                    ENTERPRISE, 8, INTERNAL_STATION, 5, SPEED_DIAL, 3, MESSAGE_CENTER, 6, CALL_FUNCTIONS, 7,
                    LEAVE_VOICEMAIL, 3, PBX_FUNCTIONS, 4);
            assertEquals(expected, DEFAULT.digits());
        }

        @Test
        void validateCleanAtBothLengths() {
            assertDoesNotThrow(() -> DialPlanRules.validate(DEFAULT));
            assertDoesNotThrow(() -> DialPlanRules.validate(DEFAULT_4));
        }

        @Test
        void extensionModeDefaultsPutSpeedDialsOnTwoAsSection18Point6Lists() {
            assertEquals(DialPlanMode.EXTENSION, EXTENSION_MODE.mode());
            assertEquals(2, EXTENSION_MODE.digit(SPEED_DIAL));
            assertDoesNotThrow(() -> DialPlanRules.validate(EXTENSION_MODE));
            assertDoesNotThrow(() -> DialPlanRules.validate(DialPlanRules.withLength(EXTENSION_MODE, 4)));
            List<String> speedDials = DialPlanRules.patterns(EXTENSION_MODE).stream()
                    .filter(p -> p.function() == SPEED_DIAL).map(DialPlanRules::describe)
                    .collect(Collectors.toList());
            assertEquals(List.of("*250-*299", "*24000-*24999"), speedDials);
        }
    }

    @Nested
    class Patterns {

        @Test
        void ofTheDefaultPlanFollowTheGuideTable() {
            assertAll(
                () -> assertEquals(List.of("1xx", "2xx"), patternsOf(DEFAULT, EXTENSIONS)),
                () -> assertEquals(List.of("0"), patternsOf(DEFAULT, OPERATOR)),
                () -> assertEquals(List.of("9."), patternsOf(DEFAULT, OUTSIDE_LINE)),
                () -> assertEquals(List.of("8."), patternsOf(DEFAULT, ENTERPRISE)),
                () -> assertEquals(List.of("5xxx"), patternsOf(DEFAULT, INTERNAL_STATION)),
                () -> assertEquals(List.of("3[5-9]x", "34xxx"), patternsOf(DEFAULT, SPEED_DIAL)),
                () -> assertEquals(List.of("61xx", "62xx"), patternsOf(DEFAULT, MESSAGE_CENTER)),
                () -> assertEquals(List.of("700", "70[1-9]", "71xx", "72xx", "78."),
                        patternsOf(DEFAULT, CALL_FUNCTIONS)),
                () -> assertEquals(List.of("31xx", "32xx"), patternsOf(DEFAULT, LEAVE_VOICEMAIL)),
                () -> assertEquals(List.of("403", "408", "42x", "43x", "44xx", "49[5-9]x", "451xx", "452xx", "46x",
                        "400", "404"), patternsOf(DEFAULT, PBX_FUNCTIONS)));
        }

        @Test
        void embeddedExtensionsFollowTheLengthAndFixedNumbersDoNot() {
            assertAll(
                () -> assertEquals(List.of("1xxx", "2xxx"), patternsOf(DEFAULT_4, EXTENSIONS)),
                () -> assertEquals(List.of("31xxx", "32xxx"), patternsOf(DEFAULT_4, LEAVE_VOICEMAIL)),
                () -> assertEquals(List.of("3[5-9]x", "34xxx"), patternsOf(DEFAULT_4, SPEED_DIAL)),
                () -> assertEquals(List.of("5xxx"), patternsOf(DEFAULT_4, INTERNAL_STATION)),
                () -> assertEquals(List.of("700", "70[1-9]", "71xxx", "72xxx", "78."),
                        patternsOf(DEFAULT_4, CALL_FUNCTIONS)));
        }

        @ParameterizedTest(name = "{0}: {1} (3 digits) / {2} (4 digits)")
        @CsvSource({
            "LEAVE_VOICEMAIL, 3199, 31199",
            "MESSAGE_CENTER,  6199, 61199",
            "PBX_FUNCTIONS,   45199, 451199",
            "CALL_FUNCTIONS,  7199, 71199"})
        void reachTheGuideExamplesOfSection7Point1Point2(DialPlanFunction function, String threeDigit,
                String fourDigit) {
            assertEquals(Set.of(function), functionsMatching(DEFAULT, threeDigit));
            assertEquals(Set.of(function), functionsMatching(DEFAULT_4, fourDigit));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "350, SPEED_DIAL", "399, SPEED_DIAL", "34000, SPEED_DIAL", "34999, SPEED_DIAL",
            "700, CALL_FUNCTIONS", "701, CALL_FUNCTIONS", "709, CALL_FUNCTIONS",
            "400, PBX_FUNCTIONS", "431, PBX_FUNCTIONS", "439, PBX_FUNCTIONS", "403, PBX_FUNCTIONS",
            "404, PBX_FUNCTIONS", "408, PBX_FUNCTIONS", "460, PBX_FUNCTIONS", "469, PBX_FUNCTIONS",
            "4400, PBX_FUNCTIONS", "4419, PBX_FUNCTIONS", "4950, PBX_FUNCTIONS", "4999, PBX_FUNCTIONS",
            "420, PBX_FUNCTIONS", "5123, INTERNAL_STATION", "0, OPERATOR", "95551234, OUTSIDE_LINE",
            "8123, ENTERPRISE", "7812345, CALL_FUNCTIONS"})
        void fixedNumbersAreTheSameAtBothLengths(String dialed, DialPlanFunction function) {
            assertEquals(Set.of(function), functionsMatching(DEFAULT, dialed));
            assertEquals(Set.of(function), functionsMatching(DEFAULT_4, dialed));
        }

        @Test
        void moveWithTheirFunctionsDigit() {
            DialPlan moved = with(with(with(with(with(DEFAULT, INTERNAL_STATION, 7), SPEED_DIAL, 4),
                    CALL_FUNCTIONS, 5), LEAVE_VOICEMAIL, 4), PBX_FUNCTIONS, 3);
            assertDoesNotThrow(() -> DialPlanRules.validate(moved));
            assertAll(
                () -> assertEquals(List.of("7xxx"), patternsOf(moved, INTERNAL_STATION)),
                () -> assertEquals(List.of("4[5-9]x", "44xxx"), patternsOf(moved, SPEED_DIAL)),
                () -> assertEquals(List.of("500", "50[1-9]", "51xx", "52xx", "58."),
                        patternsOf(moved, CALL_FUNCTIONS)),
                () -> assertEquals(List.of("41xx", "42xx"), patternsOf(moved, LEAVE_VOICEMAIL)),
                () -> assertEquals(List.of("303", "308", "32x", "33x", "34xx", "39[5-9]x", "351xx", "352xx", "36x",
                        "300", "304"), patternsOf(moved, PBX_FUNCTIONS)));
        }

        @Test
        void extensionBlockFollowsTheExtensionsDigit() {
            DialPlan high = with(with(with(DEFAULT, EXTENSIONS, 7), ENTERPRISE, 1), CALL_FUNCTIONS, 2);
            assertEquals(List.of("7xx", "8xx"), patternsOf(high, EXTENSIONS));
            assertEquals(List.of("37xx", "38xx"), patternsOf(high, LEAVE_VOICEMAIL));
        }

        @Test
        void inExtensionModeAllFunctionsButOperatorAndOutsideLineStartWithAStar() {
            assertEquals(List.of("[1-8]xx"), patternsOf(EXTENSION_MODE, EXTENSIONS));
            assertEquals(List.of("0"), patternsOf(EXTENSION_MODE, OPERATOR));
            assertEquals(List.of("9."), patternsOf(EXTENSION_MODE, OUTSIDE_LINE));
            for (DialPattern p : DialPlanRules.patterns(EXTENSION_MODE)) {
                boolean plain = p.function() == EXTENSIONS || p.function() == OPERATOR
                        || p.function() == OUTSIDE_LINE;
                assertEquals(!plain, p.pattern().startsWith("*"), p.toString());
            }
            assertEquals(List.of("*3[1-8]xx"), patternsOf(EXTENSION_MODE, LEAVE_VOICEMAIL));
            assertEquals(List.of("*700", "*70[1-9]", "*7[1-8]xx", "*78."), patternsOf(EXTENSION_MODE, CALL_FUNCTIONS));
        }

        @Test
        void inExtensionModeTheExtensionRangesSkipTheReservedDigits() {
            DialPlan plan = with(with(EXTENSION_MODE, OPERATOR, 3), OUTSIDE_LINE, 6);
            assertEquals(List.of("[0-2]xx", "[4-5]xx", "[7-9]xx"), patternsOf(plan, EXTENSIONS));
        }
    }

    @Nested
    class Validation {

        @Test
        void operatorOnTheExtensionDigitIsRefusedNamingExtensions() {
            InvalidFieldException e = refused(with(DEFAULT, OPERATOR, 1));
            assertEquals("operator", e.field());
            assertEquals("digit 1 collides with extensions: 1 (operator) overlaps 100-199 (user and system "
                    + "extensions)", e.rule());
        }

        @Test
        void leaveVoicemailOnTheExtensionDigitIsRefused() {
            InvalidFieldException e = refused(with(DEFAULT, LEAVE_VOICEMAIL, 1));
            assertEquals("leave-voicemail", e.field());
            assertTrue(e.rule().startsWith("digit 1 collides with extensions: "), e.rule());
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2})
        void outsideLineOnAnExtensionDigitIsRefused(int digit) {
            InvalidFieldException e = refused(with(DEFAULT, OUTSIDE_LINE, digit));
            assertEquals("outside-line", e.field());
            assertTrue(e.rule().startsWith("digit " + digit + " collides with extensions: " + digit
                    + " + digits (outside line + external number) overlaps"), e.rule());
        }

        @Test
        void enterpriseOnTheOutsideLineDigitIsRefused() {
            InvalidFieldException e = refused(with(DEFAULT, ENTERPRISE, 9));
            assertEquals("enterprise", e.field());
            assertEquals("digit 9 collides with outside-line: 9 + digits (enterprise number) overlaps 9 + digits "
                    + "(outside line + external number)", e.rule());
        }

        @Test
        void messageCenterSharingLeaveVoicemailsDigitIsRefused() {
            InvalidFieldException e = refused(with(DEFAULT, MESSAGE_CENTER, 3));
            assertEquals("leave-voicemail", e.field());
            assertEquals("digit 3 collides with message-center: 3100-3199 (leave a voicemail for extension) "
                    + "overlaps 3100-3199 (message center for extension)", e.rule());
        }

        @Test
        void pbxFunctionsSharingTheSpeedDialDigitAreRefused() {
            InvalidFieldException e = refused(with(DEFAULT, PBX_FUNCTIONS, 3));
            assertEquals("pbx-functions", e.field());
            assertTrue(e.rule().startsWith("digit 3 collides with "), e.rule());
        }

        @Test
        void internalStationCannotShareADigit() {
            InvalidFieldException e = refused(with(DEFAULT, INTERNAL_STATION, 4));
            assertEquals("pbx-functions", e.field());
            assertTrue(e.rule().contains("collides with internal-station"), e.rule());
        }

        @Test
        void extensionBlockMovedOntoSpeedDialsIsRefused() {
            InvalidFieldException e = refused(with(DEFAULT, EXTENSIONS, 2));
            assertEquals("speed-dial", e.field());
            assertEquals("digit 3 collides with extensions: 350-399 (system speed dials) overlaps 300-399 "
                    + "(user and system extensions)", e.rule());
        }

        @Test
        void sharedDigitsThatDoNotOverlapAreAllowed() {
            assertEquals(DEFAULT.digit(SPEED_DIAL), DEFAULT.digit(LEAVE_VOICEMAIL));
            assertDoesNotThrow(() -> DialPlanRules.validate(DEFAULT));
        }

        @Test
        void theGuidesSevenHundredToEightNinetyNineExampleHasAValidPlan() {
            DialPlan plan = new DialPlan(DialPlanMode.NORMAL, 3, Map.of(EXTENSIONS, 7, OPERATOR, 0,
                    OUTSIDE_LINE, 9, ENTERPRISE, 1, INTERNAL_STATION, 2, SPEED_DIAL, 3, LEAVE_VOICEMAIL, 4,
                    PBX_FUNCTIONS, 4, MESSAGE_CENTER, 5, CALL_FUNCTIONS, 6));
            assertDoesNotThrow(() -> DialPlanRules.validate(plan));
            assertTrue(DialPlanRules.isExtensionNumber(plan, "700"));
            assertTrue(DialPlanRules.isExtensionNumber(plan, "899"));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 2, 5, -1})
        void extensionLengthMustBeThreeOrFour(int length) {
            InvalidFieldException e = refused(new DialPlan(DialPlanMode.NORMAL, length, DEFAULT.digits()));
            assertEquals("extension-length", e.field());
            assertEquals("must be 3 or 4", e.rule());
        }

        @ParameterizedTest
        @EnumSource(DialPlanFunction.class)
        void everyFunctionNeedsADigit(DialPlanFunction function) {
            Map<DialPlanFunction, Integer> digits = new EnumMap<>(DEFAULT.digits());
            digits.remove(function);
            InvalidFieldException e = refused(new DialPlan(DialPlanMode.NORMAL, 3, digits));
            assertEquals(function.field(), e.field());
            assertEquals("must be a digit from 0 to 9", e.rule());
            assertEquals(function.field(), refused(with(DEFAULT, function, 10)).field());
            assertEquals(function.field(), refused(with(DEFAULT, function, -1)).field());
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 9})
        void normalModeExtensionBlockMustStartAtOneToEight(int digit) {
            InvalidFieldException e = refused(with(DEFAULT, EXTENSIONS, digit));
            assertEquals("extensions", e.field());
        }

        @Test
        void modeIsRequired() {
            assertEquals("mode", refused(new DialPlan(null, 3, DEFAULT.digits())).field());
        }

        @Test
        void normalDigitsInExtensionModeCollideOnTheStarThree() {
            InvalidFieldException e = refused(with(DEFAULT, DialPlanMode.EXTENSION));
            assertEquals("leave-voicemail", e.field());
            assertTrue(e.rule().startsWith("digit 3 collides with speed-dial: *3100-*3899"), e.rule());
        }

        @Test
        void extensionModeNeedsDistinctOperatorAndOutsideLineDigits() {
            InvalidFieldException e = refused(with(EXTENSION_MODE, OUTSIDE_LINE, 0));
            assertEquals("outside-line", e.field());
            assertTrue(e.rule().contains("collides with operator"), e.rule());
        }

        @Test
        void extensionModeIgnoresTheExtensionsDigitAndStarredFunctionsMayUseAnyDigit() {
            DialPlan plan = with(with(EXTENSION_MODE, EXTENSIONS, 9), ENTERPRISE, 0);
            assertDoesNotThrow(() -> DialPlanRules.validate(plan));
            assertEquals(List.of("*0."), patternsOf(plan, ENTERPRISE));
        }
    }

    @Nested
    class ExtensionNumbers {

        @Test
        void normalModeAcceptsExactlyTheBlock() {
            for (int n = 0; n <= 999; n++) {
                String number = String.format("%03d", n);
                assertEquals(n >= 100 && n <= 299, DialPlanRules.isExtensionNumber(DEFAULT, number), number);
            }
            for (int n = 0; n <= 9999; n += 7) {
                String number = String.format("%04d", n);
                assertEquals(n >= 1000 && n <= 2999, DialPlanRules.isExtensionNumber(DEFAULT_4, number), number);
            }
        }

        @Test
        void normalModeRefusesOtherLengthsAndNonDigits() {
            assertFalse(DialPlanRules.isExtensionNumber(DEFAULT, "1000"));
            assertFalse(DialPlanRules.isExtensionNumber(DEFAULT, "10"));
            assertFalse(DialPlanRules.isExtensionNumber(DEFAULT, "1a0"));
            assertFalse(DialPlanRules.isExtensionNumber(DEFAULT, "*10"));
            assertFalse(DialPlanRules.isExtensionNumber(DEFAULT, null));
            assertFalse(DialPlanRules.isExtensionNumber(DEFAULT_4, "104"));
        }

        @Test
        void extensionModeAllowsOneHundredToEightNinetyNineButNotTheReservedDigits() {
            for (int n = 0; n <= 999; n++) {
                String number = String.format("%03d", n);
                assertEquals(n >= 100 && n <= 899, DialPlanRules.isExtensionNumber(EXTENSION_MODE, number),
                        number);
            }
            DialPlan four = DialPlanRules.withLength(EXTENSION_MODE, 4);
            assertTrue(DialPlanRules.isExtensionNumber(four, "1000"));
            assertTrue(DialPlanRules.isExtensionNumber(four, "8999"));
            assertFalse(DialPlanRules.isExtensionNumber(four, "0999"));
            assertFalse(DialPlanRules.isExtensionNumber(four, "9000"));
        }

        @Test
        void extensionModeFollowsMovedReservedDigits() {
            DialPlan plan = with(EXTENSION_MODE, OPERATOR, 5);
            assertDoesNotThrow(() -> DialPlanRules.validate(plan));
            assertTrue(DialPlanRules.isExtensionNumber(plan, "050"));
            assertFalse(DialPlanRules.isExtensionNumber(plan, "555"));
            assertFalse(DialPlanRules.isExtensionNumber(plan, "950"));
        }
    }

    @Nested
    class ExtensionLengthChange {

        @Test
        void threeToFourPutsAOneInFront() {
            Map<String, String> converted = DialPlanRules.convertLength(DEFAULT, List.of("104", "231"), 4);
            assertEquals(Map.of("104", "1104", "231", "1231"), converted);
            converted.values().forEach(ext -> assertTrue(DialPlanRules.isExtensionNumber(DEFAULT_4, ext), ext));
        }

        @Test
        void threeToFourAlsoPutsAOneInFrontForANonDefaultPlan() {
            DialPlan plan = with(with(with(DEFAULT, EXTENSIONS, 7), ENTERPRISE, 1), CALL_FUNCTIONS, 2);
            assertEquals(Map.of("704", "1704"), DialPlanRules.convertLength(plan, List.of("704"), 4));
        }

        @Test
        void fourToThreeDropsTheFirstDigit() {
            Map<String, String> converted = DialPlanRules.convertLength(DEFAULT_4,
                    List.of("1205", "1100", "1299"), 3);
            assertEquals(List.of("1205", "1100", "1299"), new ArrayList<>(converted.keySet()));
            assertEquals(List.of("205", "100", "299"), new ArrayList<>(converted.values()));
        }

        @Test
        void fourToThreeIsRefusedWhenTwoExtensionsWouldMeet() {
            ConflictException e = assertThrows(ConflictException.class,
                    () -> DialPlanRules.convertLength(DEFAULT_4, List.of("1100", "2100"), 3));
            assertEquals("extension-length", e.field());
            assertEquals("extension-length: cannot shorten extensions to 3 digits: every extension must be within "
                    + "1100-1299; outside: 2100", e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"1000", "1099", "1300", "2999"})
        void fourToThreeIsRefusedOutsideElevenHundredToTwelveNinetyNine(String extension) {
            ConflictException e = assertThrows(ConflictException.class,
                    () -> DialPlanRules.convertLength(DEFAULT_4, List.of("1150", extension), 3));
            assertTrue(e.getMessage().endsWith("outside: " + extension), e.getMessage());
        }

        @Test
        void fourToThreeListsAtMostFiveOffenders() {
            List<String> many = IntStream.rangeClosed(2000, 2007).mapToObj(Integer::toString)
                    .collect(Collectors.toList());
            ConflictException e = assertThrows(ConflictException.class,
                    () -> DialPlanRules.convertLength(DEFAULT_4, many, 3));
            assertTrue(e.getMessage().endsWith("outside: 2000, 2001, 2002, 2003, 2004 and 3 more"), e.getMessage());
        }

        @Test
        void fourToThreeWithExtensionsFourThousandToFiveThousandNeedsFortyOneHundredToFortyTwoNinetyNine() {
            DialPlan plan = new DialPlan(DialPlanMode.NORMAL, 4, with(DEFAULT, EXTENSIONS, 4).digits());
            assertEquals(Map.of("4100", "100", "4299", "299"),
                    DialPlanRules.convertLength(plan, List.of("4100", "4299"), 3));
            for (String outside : List.of("4099", "4300", "5100", "1100")) {
                ConflictException e = assertThrows(ConflictException.class,
                        () -> DialPlanRules.convertLength(plan, List.of("4200", outside), 3));
                assertTrue(e.getMessage().contains("within 4100-4299; outside: " + outside), e.getMessage());
            }
        }

        @Test
        void extensionModeShorteningIsRefusedOnlyForClashesAndReservedDigits() {
            DialPlan plan = DialPlanRules.withLength(EXTENSION_MODE, 4);
            assertEquals(Map.of("3500", "500", "4100", "100"),
                    DialPlanRules.convertLength(plan, List.of("3500", "4100"), 3));
            ConflictException clash = assertThrows(ConflictException.class,
                    () -> DialPlanRules.convertLength(plan, List.of("1100", "2100", "3300"), 3));
            assertTrue(clash.getMessage().endsWith(": 1100, 2100"), clash.getMessage());
            ConflictException reserved = assertThrows(ConflictException.class,
                    () -> DialPlanRules.convertLength(plan, List.of("1050", "1950", "1250"), 3));
            assertTrue(reserved.getMessage().endsWith(": 1050, 1950"), reserved.getMessage());
        }

        @Test
        void sameLengthIsIdentity() {
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("205", "205");
            expected.put("104", "104");
            assertEquals(expected, DialPlanRules.convertLength(DEFAULT, List.of("205", "104"), 3));
        }

        @Test
        void noExtensionsConvertToNothing() {
            assertEquals(Map.of(), DialPlanRules.convertLength(DEFAULT_4, List.of(), 3));
        }

        @Test
        void newLengthMustBeThreeOrFour() {
            InvalidFieldException e = assertThrows(InvalidFieldException.class,
                    () -> DialPlanRules.convertLength(DEFAULT, List.of("104"), 5));
            assertEquals("extension-length", e.field());
            assertThrows(InvalidFieldException.class, () -> DialPlanRules.withLength(DEFAULT, 2));
        }

        @Test
        void extensionsMustHaveThePlansLength() {
            assertThrows(IllegalArgumentException.class,
                    () -> DialPlanRules.convertLength(DEFAULT, List.of("1104"), 4));
        }

        @Test
        void withLengthKeepsModeAndDigits() {
            assertEquals(new DialPlan(DialPlanMode.NORMAL, 4, DEFAULT.digits()), DEFAULT_4);
            assertEquals(DEFAULT, DialPlanRules.withLength(DEFAULT_4, 3));
        }
    }

    @Nested
    class Matching {

        @ParameterizedTest
        @CsvSource({
            "9.,       911,     true",
            "9.,       9,       false",
            "9.,       91a,     false",
            "3[5-9]x,  350,     true",
            "3[5-9]x,  349,     false",
            "3[5-9]x,  3500,    false",
            "70[1-9],  700,     false",
            "70[1-9],  709,     true",
            "*2[5-9]x, *250,    true",
            "*2[5-9]x, 250,     false",
            "0,        0,       true",
            "0,        00,      false"})
        void matchesWholeDialedStrings(String pattern, String dialed, boolean expected) {
            assertEquals(expected, DialPlanRules.matches(pattern, dialed));
        }

        @ParameterizedTest
        @CsvSource({
            "9.,       911,     true",
            "9.,       9,       true",
            "1xx,      11xx,    true",
            "0,        0xx,     true",
            "3[5-9]x,  31xx,    false",
            "3[5-9]x,  34xxx,   false",
            "3[5-9]x,  37xx,    true",
            "*2[5-9]x, 2xx,     false",
            "78.,      71xx,    false",
            "78.,      78,      true",
            "44xx,     44xxx,   true",
            "70[1-9],  700,     false"})
        void overlapsWhenAStringMatchesBothOrOneIsAPrefix(String a, String b, boolean expected) {
            assertEquals(expected, DialPlanRules.overlaps(a, b));
            assertEquals(expected, DialPlanRules.overlaps(b, a));
        }

        @Test
        void overlapsAgreesWithBruteForceOnThePatternsOfRealPlans() {
            Set<String> patterns = new HashSet<>();
            for (DialPlan plan : List.of(DEFAULT, DEFAULT_4, EXTENSION_MODE)) {
                DialPlanRules.patterns(plan).forEach(p -> patterns.add(p.pattern()));
            }
            List<String> list = new ArrayList<>(patterns);
            Map<String, Set<String>> expansions = new LinkedHashMap<>();
            list.forEach(p -> expansions.put(p, expand(p, 3)));
            for (String a : list) {
                for (String b : list) {
                    assertEquals(bruteForceOverlap(expansions.get(a), expansions.get(b)),
                            DialPlanRules.overlaps(a, b), a + " vs " + b);
                }
            }
        }

        private Set<String> expand(String pattern, int openExtra) {
            boolean open = pattern.endsWith(".");
            String body = open ? pattern.substring(0, pattern.length() - 1) : pattern;
            Set<String> strings = new HashSet<>(Set.of(""));
            for (int i = 0; i < body.length(); i++) {
                String choices;
                char c = body.charAt(i);
                if (c == '[') {
                    choices = digitsBetween(body.charAt(i + 1), body.charAt(i + 3));
                    i += 4;
                } else {
                    choices = c == 'x' ? "0123456789" : String.valueOf(c);
                }
                strings = append(strings, choices);
            }
            if (!open) {
                return strings;
            }
            Set<String> result = new HashSet<>();
            Set<String> level = strings;
            for (int extra = 1; extra <= openExtra; extra++) {
                level = append(level, "0123456789");
                result.addAll(level);
            }
            return result;
        }

        private String digitsBetween(char from, char to) {
            StringBuilder sb = new StringBuilder();
            for (char c = from; c <= to; c++) {
                sb.append(c);
            }
            return sb.toString();
        }

        private Set<String> append(Set<String> strings, String choices) {
            Set<String> next = new HashSet<>();
            for (String s : strings) {
                for (char c : choices.toCharArray()) {
                    next.add(s + c);
                }
            }
            return next;
        }

        private boolean bruteForceOverlap(Set<String> a, Set<String> b) {
            return prefixOfAny(a, b) || prefixOfAny(b, a);
        }

        private boolean prefixOfAny(Set<String> shorter, Set<String> longer) {
            for (String s : longer) {
                for (int k = 1; k <= s.length(); k++) {
                    if (shorter.contains(s.substring(0, k))) {
                        return true;
                    }
                }
            }
            return false;
        }

        @ParameterizedTest
        @CsvSource({
            "3[5-9]x,   350-399",
            "34xxx,     34000-34999",
            "49[5-9]x,  4950-4999",
            "1xx,       100-199",
            "*24xxx,    *24000-*24999",
            "700,       700",
            "78.,       78 + digits",
            "[1-8]xx,   100-899",
            "1x5,       1x5"})
        void describesPatternsForPeople(String pattern, String description) {
            assertEquals(description, DialPlanRules.describe(pattern));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "1a", "[5-]x", "[9-5]", ".", "1.2"})
        void refusesMalformedPatterns(String pattern) {
            assertThrows(IllegalArgumentException.class, () -> DialPlanRules.matches(pattern, "1"));
        }
    }
}
