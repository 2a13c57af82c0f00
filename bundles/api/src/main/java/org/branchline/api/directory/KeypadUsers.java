package org.branchline.api.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a user does from a phone's keypad after giving their PIN (Message Center, later Hot Desk and queue
 * logins): no admin login is involved, so the caller of these methods must have checked the PIN first.
 * For call applications only; admin doors use {@link UserService}.
 */
public interface KeypadUsers {
    /** True when {@code pin} is the user's PIN. Unknown users and wrong PINs are not told apart. */
    boolean pinMatches(String loginName, String pin);

    /**
     * Sets the user's PIN from the keypad.
     *
     * @throws org.branchline.api.admin.InvalidFieldException on "pin" when it breaks the PIN rules
     */
    void changePin(String loginName, String pin);

    void setPresence(String loginName, Presence presence);

    /** The user's settings (admin guide §9.2 keys, e.g. "maximum-voicemails"), template values included. */
    Map<String, String> settings(String loginName);

    Optional<String> fullName(String loginName);

    /** Every user's login name. */
    List<String> loginNames();
}
