package org.branchline.routing.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.branchline.api.directory.DialPlanMode;
import org.branchline.api.routing.ApplicationNumber;
import org.branchline.api.routing.WhileAbsent;
import org.junit.jupiter.api.Test;

class InternalDialPlanTest {
    private final InternalDialPlan normal = DialPlans.withApplications(DialPlanMode.NORMAL, 3);
    private final InternalDialPlan extensionMode = DialPlans.withApplications(DialPlanMode.EXTENSION, 3);

    private static void assertClassified(InternalDialPlan plan, String digits, DigitKind kind, String argument) {
        assertEquals(new Classified(kind, argument), plan.classify(digits), digits);
    }

    /** {@code digits} reach {@code application}, with {@code extension} dialed after its number (or null). */
    private static void assertApplication(InternalDialPlan plan, String digits, String application, String extension) {
        Classified c = plan.classify(digits);
        assertEquals(DigitKind.APPLICATION, c.kind(), digits);
        assertEquals(application, c.application().application(), digits);
        assertEquals(extension, c.argument(), digits);
    }

    @Test
    void readsTheFactoryPlan() {
        assertClassified(normal, "101", DigitKind.EXTENSION, "101");
        assertClassified(normal, "299", DigitKind.EXTENSION, "299");
        assertClassified(normal, "0", DigitKind.OPERATOR, "0");
        assertClassified(normal, "915855551234", DigitKind.OUTSIDE_LINE, "15855551234");
        assertClassified(normal, "5100", DigitKind.STATION, "5100");
        assertClassified(normal, "350", DigitKind.SPEED_DIAL, "350");
        assertClassified(normal, "34999", DigitKind.SPEED_DIAL, "34999");
        assertApplication(normal, "6101", "message-center", "101");
        assertApplication(normal, "404", "message-center", null);
        assertApplication(normal, "408", "conference-center", null);
        assertApplication(normal, "voicemail", "message-center", null);
        assertApplication(normal, "VoiceMail", "message-center", null);
        assertApplication(normal, "3101", "voicemail", "101");
    }

    @Test
    void readsTheCallFunctionsAsTheNumbersOfTheirApplications() {
        assertApplication(normal, "700", "call-park", null);
        assertApplication(normal, "709", "call-park-retrieve", "709");
        assertApplication(normal, "4950", "call-park-retrieve", "4950");
        assertApplication(normal, "4999", "call-park-retrieve", "4999");
        assertApplication(normal, "7102", "call-pickup", "102");
        assertEquals(DigitKind.UNKNOWN, normal.classify("710").kind(), "no orbit 710");
        assertEquals(DigitKind.UNKNOWN, normal.classify("4949").kind(), "no orbit 4949");
        assertClassified(normal, "45102", DigitKind.FORWARD, "102");
        assertClassified(normal, "421", DigitKind.DO_NOT_DISTURB, "1");
        assertClassified(normal, "420", DigitKind.DO_NOT_DISTURB, "0");
    }

    @Test
    void namesTheFunctionsNotOfferedYet() {
        assertClassified(normal, "78123", DigitKind.UNAVAILABLE, "audit PIN codes");
        assertClassified(normal, "403", DigitKind.UNAVAILABLE, "the door relay");
        assertClassified(normal, "431", DigitKind.UNAVAILABLE, "auto attendants");
        assertClassified(normal, "4401", DigitKind.UNAVAILABLE, "call queues");
        assertClassified(normal, "461", DigitKind.UNAVAILABLE, "paging");
        assertClassified(normal, "8123", DigitKind.UNAVAILABLE, "enterprise calling");
    }

    @Test
    void leavesTheRestUnknown() {
        for (String digits : new String[] {"349", "3400", "310", "422", "7", "51000", "10#", "", "1a1"}) {
            assertEquals(DigitKind.UNKNOWN, normal.classify(digits).kind(), digits);
        }
    }

    @Test
    void putsFunctionsBehindAStarInExtensionMode() {
        assertClassified(extensionMode, "350", DigitKind.EXTENSION, "350");
        assertClassified(extensionMode, "*250", DigitKind.SPEED_DIAL, "*250");
        assertClassified(extensionMode, "*24000", DigitKind.SPEED_DIAL, "*24000");
        assertClassified(extensionMode, "*5100", DigitKind.STATION, "5100");
        assertApplication(extensionMode, "*700", "call-park", null);
        assertApplication(extensionMode, "*701", "call-park-retrieve", "*701");
        assertApplication(extensionMode, "*7350", "call-pickup", "350");
        assertClassified(extensionMode, "*421", DigitKind.DO_NOT_DISTURB, "1");
        assertApplication(extensionMode, "*408", "conference-center", null);
        assertApplication(extensionMode, "*404", "message-center", null);
        assertApplication(extensionMode, "*6350", "message-center", "350");
        assertClassified(extensionMode, "*45350", DigitKind.FORWARD, "350");
        assertApplication(extensionMode, "*3350", "voicemail", "350");
        assertEquals(DigitKind.EXTENSION, extensionMode.classify("408").kind());
        assertClassified(extensionMode, "0", DigitKind.OPERATOR, "0");
        assertClassified(extensionMode, "95551234", DigitKind.OUTSIDE_LINE, "5551234");
        assertClassified(extensionMode, "700", DigitKind.EXTENSION, "700");
        assertEquals(DigitKind.UNKNOWN, extensionMode.classify("5100").kind());
    }

    @Test
    void followsTheExtensionLength() {
        InternalDialPlan four = DialPlans.withApplications(DialPlanMode.NORMAL, 4);
        assertClassified(four, "1101", DigitKind.EXTENSION, "1101");
        assertApplication(four, "31101", "voicemail", "1101");
        assertClassified(four, "34000", DigitKind.SPEED_DIAL, "34000");
        assertApplication(four, "71101", "call-pickup", "1101");
        assertClassified(four, "451101", DigitKind.FORWARD, "1101");
        assertEquals(DigitKind.UNKNOWN, four.classify("3101").kind());
    }

    @Test
    void numbersTheParkingOrbitsAsEachModeDialsThem() {
        assertEquals(59, normal.parkingOrbits().size());
        assertEquals(List.of("701", "709", "4950", "4999"), ends(normal.parkingOrbits()));
        assertEquals(List.of("*701", "*709", "*4950", "*4999"), ends(extensionMode.parkingOrbits()));
        for (InternalDialPlan plan : List.of(normal, extensionMode)) {
            for (String orbit : plan.parkingOrbits()) {
                assertApplication(plan, orbit, "call-park-retrieve", orbit);
            }
        }
    }

    @Test
    void aDeclaredNumberIsDialedAsTheModeDialsItsFunction() {
        List<ApplicationNumber> numbers = new java.util.ArrayList<>(DialPlans.factoryNumbers());
        numbers.add(NumberForms.read("pbx-functions:07", "e2e-echo", WhileAbsent.BUSY));
        numbers.add(NumberForms.read("pbx-functions:3", "auto-attendant", WhileAbsent.UNAVAILABLE));
        InternalDialPlan plain = new InternalDialPlan(DialPlans.of(DialPlanMode.NORMAL, 3), numbers);
        InternalDialPlan starred = new InternalDialPlan(DialPlans.of(DialPlanMode.EXTENSION, 3), numbers);
        assertApplication(plain, "407", "e2e-echo", null);
        assertApplication(starred, "*407", "e2e-echo", null);
        assertApplication(plain, "43", "auto-attendant", null);
        assertClassified(plain, "431", DigitKind.UNAVAILABLE, "auto attendants");
        assertEquals(DigitKind.UNKNOWN, normal.classify("407").kind(), "undeclared, 407 is nothing");
    }

    /** The first and the last orbit of each range. */
    private static List<String> ends(List<String> orbits) {
        return List.of(orbits.get(0), orbits.get(8), orbits.get(9), orbits.get(orbits.size() - 1));
    }

    @Test
    void knowsTheSpeedDialNumbersOfEachMode() {
        assertTrue(normal.isSpeedDialNumber("350"));
        assertTrue(normal.isSpeedDialNumber("399"));
        assertTrue(normal.isSpeedDialNumber("34000"));
        assertFalse(normal.isSpeedDialNumber("349"));
        assertFalse(normal.isSpeedDialNumber("35000"));
        assertFalse(normal.isSpeedDialNumber("*250"));
        assertTrue(extensionMode.isSpeedDialNumber("*250"));
        assertTrue(extensionMode.isSpeedDialNumber("*24999"));
        assertFalse(extensionMode.isSpeedDialNumber("250"));
        assertFalse(extensionMode.isSpeedDialNumber("350"));
        assertEquals("350-399 or 34000-34999", normal.speedDialNumbers());
        assertEquals("*250-*299 or *24000-*24999", extensionMode.speedDialNumbers());
    }
}
