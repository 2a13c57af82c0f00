package org.branchline.admin.internal;

import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.routing.CallParkService;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.sip.Handset;
import org.branchline.api.sip.HandsetService;

/** Fields of the phone system requests that the REST and SOAP doors read the same way. */
public final class PhoneSystemFields {
    public static final int DEFAULT_CALL_LIMIT = 100;
    public static final int MAX_CALL_LIMIT = 1000;

    private PhoneSystemFields() {
    }

    /** The value of a field that must be given. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    /** How many call records to list: 1-1000, 100 when not given. */
    public static int callLimit(String text) {
        if (text == null) {
            return DEFAULT_CALL_LIMIT;
        }
        int limit = text.trim().matches("\\d{1,4}") ? Integer.parseInt(text.trim()) : 0;
        if (limit < 1 || limit > MAX_CALL_LIMIT) {
            throw new InvalidFieldException("limit", "must be a number from 1 to " + MAX_CALL_LIMIT);
        }
        return limit;
    }

    /** Sets the call park settings; a timeout not given stays, a timeout extension not given is none. */
    public static CallParkSettings updateCallPark(CallParkService callPark, Integer timeoutSeconds,
            String timeoutExtension) {
        int timeout = timeoutSeconds == null ? callPark.get().timeoutSeconds() : timeoutSeconds;
        return callPark.update(new CallParkSettings(timeout, timeoutExtension));
    }

    public static CallerIdMatch callerIdMatch(boolean internal, String pattern) {
        return new CallerIdMatch(internal, required("match.pattern", pattern));
    }

    /** Adds a handset; one line when the number of lines is not given. */
    public static Handset createHandset(HandsetService handsets, String loginId, String description, Integer lines,
            String password, String owner) {
        return handsets.create(required("login-id", loginId), description, lines == null ? 1 : lines,
                password, owner);
    }

}
