package org.branchline.admin.internal.rest;

import org.branchline.api.admin.InvalidFieldException;

final class Bodies {
    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidFieldException("body", "a JSON object is required");
        }
        return body;
    }
}
