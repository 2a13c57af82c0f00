package org.branchline.api.admin;

/** The caller is known but its roles do not allow the operation. */
public class PermissionDeniedException extends AdminException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String message) {
        super(message);
    }
}
