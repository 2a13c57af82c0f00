package org.branchline.api.routing;

/** What a destination of a connection attempt rings (admin guide §18.1.1). */
public enum DestinationKind {
    /** A handset's call appearance, named by its station number (User ID). */
    CALL_APPEARANCE,
    /** Every call appearance the extension's user owns. */
    USER_EXTENSION,
    /** An outside number (§18.1.5); rings once outside lines exist. */
    FOLLOW_ME
}
