package org.branchline.api.routing;

/** What the PBX makes of the digits a caller dialed. */
public sealed interface Dialed {
    /**
     * Ring an extension (or a station) along a route.
     *
     * @param route a name for the CDR, e.g. "101 In Office" or "101 In Office, caller ID 585*"
     * @param onBusy null when busy is treated as no answer
     */
    record Ring(String extension, String route, RingPlan primary, RingPlan onBusy) implements Dialed {
    }

    /** A call function; {@code argument} is the orbit, extension or digit it names. */
    record Feature(PhoneFeature feature, String argument) implements Dialed {
    }

    /**
     * A call application the number reaches (a Message Center, an auto attendant, ...), as the number's data says.
     *
     * @param instance which of the application's instances, or null
     * @param extension the extension the application works for (a mailbox), or null
     * @param whileAbsent what the caller hears while no such application is installed
     */
    record Application(String name, String instance, String extension, WhileAbsent whileAbsent) implements Dialed {
    }

    /** Nothing answers to these digits; {@code reason} says why (for the log and the CDR). */
    record Unknown(String reason) implements Dialed {
    }
}
