package org.branchline.api.routing;

/**
 * Which callers a caller-ID route takes (admin guide §18.2).
 *
 * @param internal true: {@code pattern} is the login name of the calling user; false: an outside number in
 *     which '*' stands for any digits
 */
public record CallerIdMatch(boolean internal, String pattern) {
}
