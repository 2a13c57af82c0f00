package org.branchline.api.admin;

/** The named thing does not exist. */
public class NotFoundException extends AdminException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, String name) {
        super(what + " '" + name + "' does not exist");
    }
}
