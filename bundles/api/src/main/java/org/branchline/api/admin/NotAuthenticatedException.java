package org.branchline.api.admin;

/** The operation needs a logged-in PBX user and there is none. */
public class NotAuthenticatedException extends AdminException {
    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException(String message) {
        super(message);
    }
}
