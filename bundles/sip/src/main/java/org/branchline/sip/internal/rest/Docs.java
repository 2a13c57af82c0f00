package org.branchline.sip.internal.rest;

/** Texts the OpenAPI annotations of these resources share. */
final class Docs {
    static final String LOGIN_ID = "A handset's Login ID.";
    static final String LINE = "A call appearance: 1 to the handset's Number of Lines.";

    private Docs() {
    }
}
