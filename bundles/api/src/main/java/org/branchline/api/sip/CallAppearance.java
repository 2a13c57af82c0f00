package org.branchline.api.sip;

/**
 * One line of a handset (admin guide §11.2): an address of its own in call routes. The phone registers the
 * line as {@code userId} (the internal station number, e.g. 5101) and authenticates as {@code loginId}; the
 * first line uses the handset's Login ID, further lines their own station number.
 *
 * @param owner the login name of the user whose calls this appearance carries, or null
 */
public record CallAppearance(int line, String userId, String loginId, String owner) {
}
