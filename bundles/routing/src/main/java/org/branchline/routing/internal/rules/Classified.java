package org.branchline.routing.internal.rules;

import org.branchline.api.routing.ApplicationNumber;

/**
 * A dialed string read by the internal dial plan.
 *
 * @param argument the extension, station number, speed dial number, orbit or DND digit it names; for
 *     UNAVAILABLE the function's name
 * @param application the application number dialed (APPLICATION only)
 */
public record Classified(DigitKind kind, String argument, ApplicationNumber application) {
    public Classified(DigitKind kind, String argument) {
        this(kind, argument, null);
    }
}
