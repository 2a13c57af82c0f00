package org.branchline.routing.internal.rules;

import static org.branchline.routing.internal.rules.Routes.attempt;
import static org.branchline.routing.internal.rules.Routes.extension;
import static org.branchline.routing.internal.rules.Routes.followMe;
import static org.branchline.routing.internal.rules.Routes.route;
import static org.branchline.routing.internal.rules.Routes.station;
import static org.branchline.routing.internal.rules.Routes.voicemail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.RingAttempt;
import org.branchline.api.routing.RingPlan;
import org.branchline.api.routing.RingTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RingPlannerTest {
    private final FakeSources phones = new FakeSources();

    @BeforeEach
    void twoUsers() {
        phones.appearances.put("101", List.of("5100", "5103"));
        phones.appearances.put("102", List.of("5101"));
    }

    private static RingAttempt ringing(RingTarget... targets) {
        return new RingAttempt(List.of(targets));
    }

    @Test
    void ringsEveryAppearanceOfAUserExtension() {
        RingPlan plan = RingPlanner.plan(route(voicemail("101"), attempt(extension("101", 3)),
                attempt(station("5101", 5))), phones);
        assertEquals(List.of(ringing(new RingTarget("5100", 3), new RingTarget("5103", 3)),
                ringing(new RingTarget("5101", 5))), plan.attempts());
        assertEquals(voicemail("101"), plan.finalAction());
    }

    @Test
    void ringsAnAppearanceOnceInAnAttempt() {
        RingPlan plan = RingPlanner.plan(route(voicemail("101"), attempt(station("5100", 2), extension("101", 6))),
                phones);
        assertEquals(List.of(ringing(new RingTarget("5100", 2), new RingTarget("5103", 6))), plan.attempts());
    }

    @Test
    void leavesOutAppearancesInDoNotDisturbAndSkipsAttemptsLeftEmpty() {
        phones.doNotDisturb.add("5100");
        phones.doNotDisturb.add("5101");
        RingPlan plan = RingPlanner.plan(route(voicemail("101"), attempt(extension("101", 4)),
                attempt(station("5101", 4))), phones);
        assertEquals(List.of(ringing(new RingTarget("5103", 4))), plan.attempts());
    }

    @Test
    void ringsTheForwardInsteadOfAForwardedAppearance() {
        phones.forwards.put("5100", "102");
        RingPlan plan = RingPlanner.plan(route(voicemail("101"), attempt(extension("101", 4))), phones);
        assertEquals(List.of(ringing(new RingTarget("5101", 4), new RingTarget("5103", 4))), plan.attempts());
    }

    @Test
    void firstTargetsDoNotFollowForwards() {
        phones.forwards.put("5101", "101");
        CallRoute route = route(voicemail("102"), attempt(station("5101", 4)), attempt(station("5100", 4)));
        assertEquals(List.of("5101"), RingPlanner.firstTargets(route, phones));
        phones.doNotDisturb.add("5101");
        assertEquals(List.of("5100"), RingPlanner.firstTargets(route, phones));
    }

    @Test
    void followMeWaitsForOutsideLines() {
        RingPlan plan = RingPlanner.plan(route(voicemail("101"), attempt(followMe("915855551234", 6))), phones);
        assertEquals(List.of(), plan.attempts());
    }

    @Test
    void noRouteNoPlan() {
        assertNull(RingPlanner.plan(null, phones));
    }
}
