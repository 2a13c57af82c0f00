package org.branchline.api.callcontrol;

import java.util.List;

/**
 * A technology on the leg provider whiteboard (the SIP core for phones; trunks, PRI spans and analog ports
 * later). The service property {@link #TECHNOLOGIES} names the {@link LegAddress#technology()}s it reaches.
 */
public interface LegProvider {
    String TECHNOLOGIES = "branchline.technologies";

    /**
     * Places a leg. Never throws for an address it cannot reach: the leg then ends at once
     * ({@link EndCause#UNREACHABLE}, {@link EndCause#REJECTED}); {@code listener} hears every event from the first.
     */
    Leg originate(Originate request, LegListener listener);

    /**
     * The calls this technology rings on its own, without the core (a phone's call to an extension while the SIP
     * core routes it), as connections another leg can take over (call pickup). None by default.
     */
    default List<Connection> ringing() {
        return List.of();
    }
}
