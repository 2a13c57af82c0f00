package org.branchline.routing.internal.rules;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.directory.DialPlanMode;
import org.branchline.api.routing.ApplicationNumber;
import org.branchline.persistence.H2Database;
import org.branchline.routing.internal.RoutingDatabase;

/** The factory digits of the internal dial plan (admin guide §7.2) and its application numbers, for tests. */
public final class DialPlans {
    private static List<ApplicationNumber> factoryNumbers;

    private DialPlans() {
    }

    /** The application numbers routing's migrations seed, read from a database they made. */
    public static synchronized List<ApplicationNumber> factoryNumbers() {
        if (factoryNumbers == null) {
            try (H2Database h2 = new H2Database("branchline-routing")) {
                factoryNumbers = new RoutingDatabase(h2.factory, h2.dataSource).applicationNumbers();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return factoryNumbers;
    }

    /** The factory plan of {@code mode} with its application numbers. */
    public static InternalDialPlan withApplications(DialPlanMode mode, int length) {
        return new InternalDialPlan(of(mode, length), factoryNumbers());
    }

    public static DialPlan factory(DialPlanMode mode) {
        return of(mode, 3);
    }

    public static DialPlan of(DialPlanMode mode, int length) {
        Map<DialPlanFunction, Integer> d = new EnumMap<>(DialPlanFunction.class);
        d.put(DialPlanFunction.EXTENSIONS, 1);
        d.put(DialPlanFunction.OPERATOR, 0);
        d.put(DialPlanFunction.OUTSIDE_LINE, 9);
        d.put(DialPlanFunction.ENTERPRISE, 8);
        d.put(DialPlanFunction.INTERNAL_STATION, 5);
        d.put(DialPlanFunction.SPEED_DIAL, mode == DialPlanMode.EXTENSION ? 2 : 3);
        d.put(DialPlanFunction.MESSAGE_CENTER, 6);
        d.put(DialPlanFunction.CALL_FUNCTIONS, 7);
        d.put(DialPlanFunction.LEAVE_VOICEMAIL, 3);
        d.put(DialPlanFunction.PBX_FUNCTIONS, 4);
        return new DialPlan(mode, length, d);
    }
}
