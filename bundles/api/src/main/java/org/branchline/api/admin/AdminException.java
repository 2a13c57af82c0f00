package org.branchline.api.admin;

/** An admin operation was refused; nothing was changed. Each subtype maps to one answer of the admin doors. */
public abstract class AdminException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected AdminException(String message) {
        super(message);
    }
}
