package org.branchline.routing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.branchline.api.routing.ApplicationNumber;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.api.routing.SpeedDial;
import org.branchline.routing.internal.rules.DialPlans;
import org.branchline.routing.internal.rules.PhoneState;
import org.branchline.routing.internal.rules.StoredRoutes;

/** Routing data in memory only. */
class FakeRoutingData implements RoutingData {
    final Map<String, StoredRoutes> routes = new HashMap<>();
    final Map<String, SpeedDial> speedDials = new HashMap<>();
    final Map<String, PhoneState> phones = new HashMap<>();
    CallParkSettings park = new CallParkSettings(CallParkSettings.DEFAULT_TIMEOUT, null);
    final List<ApplicationNumber> applicationNumbers = new ArrayList<>(DialPlans.factoryNumbers());

    @Override
    public List<ApplicationNumber> applicationNumbers() {
        return applicationNumbers;
    }

    @Override
    public StoredRoutes routes(String extension) {
        return routes.getOrDefault(extension, StoredRoutes.none(extension));
    }

    @Override
    public Optional<SpeedDial> speedDial(String number) {
        return Optional.ofNullable(speedDials.get(number));
    }

    @Override
    public PhoneState phone(String userId) {
        return phones.getOrDefault(userId, PhoneState.none(userId));
    }

    @Override
    public PhoneState updatePhone(String userId, UnaryOperator<PhoneState> change) {
        PhoneState changed = change.apply(phone(userId));
        phones.put(userId, changed);
        return changed;
    }

    @Override
    public CallParkSettings park() {
        return park;
    }
}
