package org.branchline.routing.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.branchline.api.routing.ApplicationNumber;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.api.routing.SpeedDial;
import org.branchline.routing.internal.rules.PhoneState;
import org.branchline.routing.internal.rules.StoredRoutes;

/** The routing data call set-up reads (from memory) and the phone features it records. */
public interface RoutingData {
    StoredRoutes routes(String extension);

    Optional<SpeedDial> speedDial(String number);

    PhoneState phone(String userId);

    PhoneState updatePhone(String userId, UnaryOperator<PhoneState> change);

    CallParkSettings park();

    /** The numbers that reach call applications. */
    List<ApplicationNumber> applicationNumbers();
}
