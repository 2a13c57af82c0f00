package org.branchline.callrecords.internal;

import org.branchline.api.admin.InvalidFieldException;

/** How many call records the doors list at once: 1 to 1000, 100 when the request does not say. */
public final class CallListLimit {
    public static final int DEFAULT = 100;
    public static final int MAX = 1000;

    private CallListLimit() {
    }

    /** The limit a request gives as text (a query parameter, a SOAP element). */
    public static int of(String text) {
        if (text == null) {
            return DEFAULT;
        }
        int limit = text.trim().matches("\\d{1,4}") ? Integer.parseInt(text.trim()) : 0;
        if (limit < 1 || limit > MAX) {
            throw new InvalidFieldException("limit", "must be a number from 1 to " + MAX);
        }
        return limit;
    }
}
