package org.branchline.api.calls;

import io.swagger.v3.oas.annotations.media.Schema;

/** How a call ended. */
@Schema(name = "CallDisposition", description = "How a call ended.", enumAsRef = true)
public enum CallDisposition {
    ANSWERED, NO_ANSWER, BUSY, CANCELLED, FAILED
}
