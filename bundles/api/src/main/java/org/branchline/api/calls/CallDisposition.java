package org.branchline.api.calls;

/** How a call ended. */
public enum CallDisposition {
    ANSWERED, NO_ANSWER, BUSY, CANCELLED, FAILED
}
