package org.branchline.api.admin;

/** The request is well formed but clashes with the current state (a duplicate, a thing still in use...). */
public class ConflictException extends AdminException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public ConflictException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
