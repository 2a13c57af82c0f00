package org.branchline.api.routing;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a destination of a connection attempt rings (admin guide §18.1.1). */
@Schema(name = "DestinationKind", description = "What a destination rings: CALL_APPEARANCE a handset's call "
        + "appearance by its station number, USER_EXTENSION every call appearance the extension's user owns, "
        + "FOLLOW_ME an outside number.", enumAsRef = true)
public enum DestinationKind {
    /** A handset's call appearance, named by its station number (User ID). */
    CALL_APPEARANCE,
    /** Every call appearance the extension's user owns. */
    USER_EXTENSION,
    /** An outside number (§18.1.5); rings once outside lines exist. */
    FOLLOW_ME
}
