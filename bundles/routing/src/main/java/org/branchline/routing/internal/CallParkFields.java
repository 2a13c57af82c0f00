package org.branchline.routing.internal;

import org.branchline.api.routing.CallParkService;
import org.branchline.api.routing.CallParkSettings;

/** Call park settings as the REST and SOAP doors change them. */
public final class CallParkFields {
    private CallParkFields() {
    }

    /** Sets the call park settings; a timeout not given stays, a timeout extension not given is none. */
    public static CallParkSettings update(CallParkService callPark, Integer timeoutSeconds, String timeoutExtension) {
        int timeout = timeoutSeconds == null ? callPark.get().timeoutSeconds() : timeoutSeconds;
        return callPark.update(new CallParkSettings(timeout, timeoutExtension));
    }
}
