package org.branchline.routing.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.directory.DialPlanMode;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.api.routing.SpeedDial;
import org.junit.jupiter.api.Test;

class SpeedDialAndParkRulesTest {
    private final InternalDialPlan normal = new InternalDialPlan(DialPlans.of(DialPlanMode.NORMAL, 3));
    private final InternalDialPlan starred = new InternalDialPlan(
            DialPlans.of(DialPlanMode.EXTENSION, 3));

    private static InvalidFieldException refused(Runnable check) {
        return assertThrows(InvalidFieldException.class, check::run);
    }

    @Test
    void acceptsASpeedDialOfThePlan() {
        assertEquals(new SpeedDial("350", "Pizza", "915855551234"),
                SpeedDialRules.check(normal, new SpeedDial("350", "  Pizza ", "915855551234")));
        assertEquals(new SpeedDial("*24000", "", "*#101"),
                SpeedDialRules.check(starred, new SpeedDial("*24000", null, "*#101")));
    }

    @Test
    void refusesNumbersOutsideThePlansSpeedDials() {
        InvalidFieldException e = refused(() -> SpeedDialRules.check(normal, new SpeedDial("*250", "", "101")));
        assertEquals("number", e.field());
        assertEquals("must be a speed dial number of the internal dial plan: 350-399 or 34000-34999", e.rule());
        assertEquals("number", refused(() -> SpeedDialRules.check(starred, new SpeedDial("350", "", "1"))).field());
        assertEquals("number", refused(() -> SpeedDialRules.check(normal, new SpeedDial(null, "", "1"))).field());
    }

    @Test
    void dialsOnlyDigitsStarAndHash() {
        for (String dial : new String[] {"", "585-555", "101a", "1".repeat(65)}) {
            assertEquals("dial", refused(() -> SpeedDialRules.check(normal, new SpeedDial("351", "", dial)))
                    .field(), dial);
        }
        assertEquals("dial", refused(() -> SpeedDialRules.check(normal, new SpeedDial("351", "", null))).field());
        assertEquals("description", refused(() -> SpeedDialRules.check(normal,
                new SpeedDial("351", "x".repeat(129), "1"))).field());
    }

    @Test
    void parkTimeoutIsTenSecondsToAnHour() {
        assertEquals(new CallParkSettings(10, null), ParkRules.check(new CallParkSettings(10, null), e -> false));
        assertEquals(new CallParkSettings(3600, "200"),
                ParkRules.check(new CallParkSettings(3600, "200"), Set.of("200")::contains));
        assertEquals("must be 10-3600",
                refused(() -> ParkRules.check(new CallParkSettings(9, null), e -> true)).rule());
        assertEquals("timeout-seconds",
                refused(() -> ParkRules.check(new CallParkSettings(3601, null), e -> true)).field());
    }

    @Test
    void parkTimeoutGoesToAnExistingExtensionOrBack() {
        assertEquals(new CallParkSettings(600, null), ParkRules.check(new CallParkSettings(600, " "), e -> false));
        InvalidFieldException e = refused(() -> ParkRules.check(new CallParkSettings(600, "150"), x -> false));
        assertEquals("timeout-extension", e.field());
    }
}
