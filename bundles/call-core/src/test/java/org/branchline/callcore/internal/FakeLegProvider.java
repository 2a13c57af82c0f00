package org.branchline.callcore.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.branchline.api.callcontrol.Connection;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.LegAddress;
import org.branchline.api.callcontrol.LegListener;
import org.branchline.api.callcontrol.LegProvider;
import org.branchline.api.callcontrol.Originate;
import org.branchline.api.media.sdp.SessionDescription;

/**
 * Technology "fake": places a {@link FakeLeg} for each target, its party answering at port 5000 + the target
 * number (or a port set with {@link #port}); targets marked busy end BUSY while being placed.
 */
final class FakeLegProvider implements LegProvider {
    static final String TECHNOLOGY = "fake";
    final List<Originate> requests = new CopyOnWriteArrayList<>();
    final Map<String, FakeLeg> placed = new ConcurrentHashMap<>();
    final Set<String> busy = ConcurrentHashMap.newKeySet();
    /** Targets whose originate throws (the provider failing mid-originate). */
    final Set<String> broken = ConcurrentHashMap.newKeySet();
    /** Calls the provider rings on its own. */
    final List<Connection> ownRinging = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> ports = new ConcurrentHashMap<>();

    /** The technologies it reaches, as its service property says. */
    static final String[] TECHNOLOGIES = {TECHNOLOGY, "other", LegAddress.EXTENSION};

    void port(String target, int port) {
        ports.put(target, port);
    }

    @Override
    public Leg originate(Originate request, LegListener listener) {
        requests.add(request);
        String target = request.to().target();
        if (broken.contains(target)) {
            throw new IllegalStateException("the provider failed placing " + target);
        }
        SessionDescription own = Sdp.at("10.0.0.2", ports.getOrDefault(target, 5000 + Integer.parseInt(target)));
        FakeLeg leg = new FakeLeg(target, own, request.callId(), request.offer(), listener);
        placed.put(target, leg);
        if (busy.contains(target)) {
            leg.busy();
        }
        return leg;
    }

    @Override
    public List<Connection> ringing() {
        return ownRinging;
    }

    FakeLeg leg(String target) {
        return placed.get(target);
    }
}
