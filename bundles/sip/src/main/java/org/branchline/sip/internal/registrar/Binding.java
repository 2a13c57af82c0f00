package org.branchline.sip.internal.registrar;

/**
 * One registered contact of a call appearance.
 *
 * @param contact the Contact URI, host and port replaced by where the REGISTER came from when the phone sits
 *     behind NAT (the address it wrote is not the one it was seen at)
 * @param source transport:address:port the REGISTER came from
 * @param behindNat the phone wrote another address in Contact than the one it was seen at
 */
public record Binding(String userId, String loginId, String contact, String source, long expiresAtMillis,
        String callId, long cseq, String userAgent, boolean behindNat) {

    public boolean expired(long now) {
        return expiresAtMillis <= now;
    }

    public int secondsLeft(long now) {
        return (int) Math.max(0, (expiresAtMillis - now + 999) / 1000);
    }
}
