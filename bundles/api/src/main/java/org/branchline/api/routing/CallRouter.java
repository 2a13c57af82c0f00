package org.branchline.api.routing;

import java.util.List;
import java.util.Optional;

/**
 * The routing decisions the call engine asks for while calls are set up. Not an admin service: no login is
 * needed, and answers come from memory (this runs for every call).
 */
public interface CallRouter {
    /** The internal dial plan, speed dials and call routes applied to {@code digits} dialed by {@code caller}. */
    Dialed dial(Caller caller, String digits);

    /** The plan of the Finally TRANSFER or a park timeout: {@code extension}'s route as if dialed by caller. */
    Dialed transfer(Caller caller, String extension);

    /** The Finally VOICEMAIL of {@code extension}'s call route: the application that takes its messages. */
    Dialed.Application voicemail(String extension);

    /** Records a phone feature the caller dialed (DND on/off, forwarding); returns what it now is. */
    String apply(Caller caller, Dialed.Feature feature);

    /** Phone System &gt; Call Park as the engine needs it when a parked call times out. */
    CallParkSettings callPark();

    /**
     * The parking orbits as the internal dial plan numbers them, lowest first (the lowest free one is taken):
     * dialing one reaches the call-park-retrieve application with that very number as its extension.
     */
    List<String> parkingOrbits();

    /** The user extension a call appearance's owner has, used as caller ID for internal callers. */
    Optional<String> extensionOf(String owner);
}
