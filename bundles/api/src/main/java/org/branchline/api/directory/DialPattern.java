package org.branchline.api.directory;

/**
 * One dialing pattern the plan reserves: {@code pattern} uses digits, '*', 'x' for any digit, [a-b] for a
 * digit range and a trailing '.' for "more digits follow" (e.g. "9." for outside lines).
 */
public record DialPattern(DialPlanFunction function, String pattern, String use) {
}
