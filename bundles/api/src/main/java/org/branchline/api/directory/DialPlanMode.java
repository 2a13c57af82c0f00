package org.branchline.api.directory;

import io.swagger.v3.oas.annotations.media.Schema;

/** Admin guide §7.2. */
@Schema(name = "DialPlanMode", description = "Internal dial plan mode (admin guide §7.2). NORMAL: user and system "
        + "extensions are one continuous block of 200 (3 digits) or 2000 (4 digits) numbers starting at the "
        + "extensions digit, and each function has its own leading digit. EXTENSION: extensions may be in any "
        + "range; only the operator and outside-line digits are reserved, and the other functions begin with '*'. "
        + "Case-insensitive in requests.", enumAsRef = true)
public enum DialPlanMode {
    /** Extensions are one continuous block of 200 (3 digits) or 2000 (4 digits); functions take other digits. */
    NORMAL,
    /** Extensions may be in any range; only the operator and outside-line digits are reserved; functions start with '*'. */
    EXTENSION
}
