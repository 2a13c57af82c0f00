package org.branchline.api.callcontrol;

import java.util.List;

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
     * Service property: numbers of the internal dial plan the application (its first name) answers, each
     * {@code function:code[:argument]}: a {@link org.branchline.api.directory.DialPlanFunction#field()} (empty for a
     * number dialed as it is), the digits after the function's own, and {@code none} (default),
     * {@code own-extension}, {@code extension} or {@code parking-orbit}
     * ({@link org.branchline.api.routing.ApplicationNumber.Argument}).
     * E.g. {@code pbx-functions:07} is 407 (or *407 in Extension mode). Routing keeps a number once declared, so
     * that it still answers {@link #WHILE_ABSENT} after the application is gone.
     */
    String NUMBERS = "branchline.numbers";

    /** Service property: {@code busy} or {@code unavailable} (default), what callers hear while it is absent. */
    String WHILE_ABSENT = "branchline.while-absent";

    /** The values of a list-valued service property ({@link #NAMES}, {@link #NUMBERS}): an array or a, b, c. */
    static List<String> values(Object property) {
        if (property instanceof String[] many) {
            return List.of(many);
        }
        return property == null || property.toString().isBlank() ? List.of()
                : List.of(property.toString().trim().split("\\s*,\\s*"));
    }

    /**
     * Runs the call, on a thread of the call core's given to this call alone; the call is hung up when this
     * returns unless it was transferred. {@link CallEndedException} thrown from the call's methods may simply
     * propagate.
     */
    void handle(ApplicationCall call);

    /** A version for logs and the admin doors (the bundle version), so a swap is visible. */
    default String version() {
        return "";
    }
}
