package org.branchline.directory.internal.rules;

import org.branchline.api.admin.InvalidFieldException;

/**
 * The keypad PIN code a user enters on a handset for the Message Center, Hot Desk login, ACD agent login and
 * Follow Me (admin guide §8, §8.2). The guide gives only the default PIN 1234; Branchline asks for 4 to 16
 * digits so that the default itself is the shortest valid PIN.
 */
public final class PinRules {

    /** §8.2.1: "default PIN code is 1234". */
    public static final String DEFAULT_PIN = "1234";
    public static final int MINIMUM_LENGTH = 4;
    public static final int MAXIMUM_LENGTH = 16;

    static final String TOO_SHORT_OR_NOT_DIGITS = "must be digits, at least " + MINIMUM_LENGTH;
    static final String TOO_LONG = "must be at most " + MAXIMUM_LENGTH + " digits";

    private PinRules() {
    }

    /**
     * Refuses a PIN that is not 4 to 16 ASCII digits.
     *
     * @throws InvalidFieldException on {@code field}: "must be digits, at least 4" when it is missing, too short
     *         or holds anything but digits; "must be at most 16 digits" when it is too long
     */
    public static void check(String field, String pin) {
        if (pin == null || pin.length() < MINIMUM_LENGTH || !allDigits(pin)) {
            throw new InvalidFieldException(field, TOO_SHORT_OR_NOT_DIGITS);
        }
        if (pin.length() > MAXIMUM_LENGTH) {
            throw new InvalidFieldException(field, TOO_LONG);
        }
    }

    /** True for a PIN {@link #check} accepts. */
    public static boolean isValid(String pin) {
        return pin != null && pin.length() >= MINIMUM_LENGTH && pin.length() <= MAXIMUM_LENGTH && allDigits(pin);
    }

    private static boolean allDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
