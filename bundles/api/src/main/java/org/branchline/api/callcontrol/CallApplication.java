package org.branchline.api.callcontrol;

/**
 * A call application on the whiteboard. The service property {@link #NAMES} lists the application names it
 * answers, as the dial plan names them ("message-center", "voicemail", ...).
 */
public interface CallApplication {
    String NAMES = "branchline.application";

    /**
     * Service property: the {@link org.branchline.api.licensing.LicensedFeature} whose key the application needs;
     * without the key its names answer busy (the conference center's 408).
     */
    String LICENSE = "branchline.license";

    /**
     * Service property: the {@link org.branchline.api.licensing.Capacity} of the server model that bounds the
     * application's calls at once (voicemail ports); the next call answers busy.
     */
    String CAPACITY = "branchline.capacity";

    /**
     * Runs the call, on a thread of the SIP core's given to this call alone; the call is hung up when this
     * returns unless it was transferred. {@link CallEndedException} thrown from the call's methods may simply
     * propagate.
     */
    void handle(ApplicationCall call);

    /** A version for logs and the admin doors (the bundle version), so a swap is visible. */
    default String version() {
        return "";
    }
}
