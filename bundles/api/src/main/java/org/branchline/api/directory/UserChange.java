package org.branchline.api.directory;

import java.util.Map;

/**
 * The fields of a user to create or to change. A null field is left as it is (on creation: the default).
 *
 * @param settings template settings to set on this user, which become overrides of its template
 */
public record UserChange(String fullName, String password, String pin, Boolean requirePasswordChange,
        Boolean requirePinChange, Presence presence, Map<String, String> settings) {

    public static UserChange none() {
        return new UserChange(null, null, null, null, null, null, null);
    }

    public UserChange withFullName(String v) {
        return new UserChange(v, password, pin, requirePasswordChange, requirePinChange, presence, settings);
    }

    public UserChange withPassword(String v) {
        return new UserChange(fullName, v, pin, requirePasswordChange, requirePinChange, presence, settings);
    }

    public UserChange withPin(String v) {
        return new UserChange(fullName, password, v, requirePasswordChange, requirePinChange, presence, settings);
    }

    public UserChange withRequirePasswordChange(Boolean v) {
        return new UserChange(fullName, password, pin, v, requirePinChange, presence, settings);
    }

    public UserChange withRequirePinChange(Boolean v) {
        return new UserChange(fullName, password, pin, requirePasswordChange, v, presence, settings);
    }

    public UserChange withPresence(Presence v) {
        return new UserChange(fullName, password, pin, requirePasswordChange, requirePinChange, v, settings);
    }

    public UserChange withSettings(Map<String, String> v) {
        return new UserChange(fullName, password, pin, requirePasswordChange, requirePinChange, presence, v);
    }
}
