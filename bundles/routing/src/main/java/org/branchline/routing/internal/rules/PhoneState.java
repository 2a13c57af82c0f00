package org.branchline.routing.internal.rules;

/**
 * The phone features a call appearance has set by dialing: Do Not Disturb (421 on, 420 off) and forwarding
 * (45 + extension).
 *
 * @param forwardTo the extension calls to this appearance go to instead, or null
 */
public record PhoneState(String userId, boolean doNotDisturb, String forwardTo) {
    public static PhoneState none(String userId) {
        return new PhoneState(userId, false, null);
    }

    public boolean isDefault() {
        return !doNotDisturb && forwardTo == null;
    }

    public PhoneState withDoNotDisturb(boolean on) {
        return new PhoneState(userId, on, forwardTo);
    }

    public PhoneState withForwardTo(String extension) {
        return new PhoneState(userId, doNotDisturb, extension);
    }
}
