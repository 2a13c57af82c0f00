package org.branchline.routing.internal.rules;

/**
 * A dialed string read by the internal dial plan.
 *
 * @param argument the extension, station number, speed dial number, orbit or DND digit it names; for
 *     UNAVAILABLE the function's name
 */
public record Classified(DigitKind kind, String argument) {
}
