package org.branchline.routing.internal.rest;

/** Texts the OpenAPI annotations of these resources share. */
final class Docs {
    static final String EXTENSION_NUMBER = "An extension number.";
    static final String SPEED_DIAL_NUMBER = "A speed dial number of the internal dial plan: 350-399 or 34000-34999 in "
            + "Normal mode, *250-*299 or *24000-*24999 in Extension mode (URL-encode the '*' if your client needs to).";

    private Docs() {
    }
}
