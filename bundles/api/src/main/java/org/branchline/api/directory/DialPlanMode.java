package org.branchline.api.directory;

/** Admin guide §7.2. */
public enum DialPlanMode {
    /** Extensions are one continuous block of 200 (3 digits) or 2000 (4 digits); functions take other digits. */
    NORMAL,
    /** Extensions may be in any range; only the operator and outside-line digits are reserved; functions start with '*'. */
    EXTENSION
}
