package org.branchline.api.admin;

/**
 * The operation belongs to a feature that is not installed (or stopped, or not licensed); the admin doors
 * answer 503 and keep serving everything else.
 */
public class FeatureNotInstalledException extends AdminException {
    private static final long serialVersionUID = 1L;

    public FeatureNotInstalledException(String what, String feature) {
        super(what + " is not installed (feature " + feature + ")");
    }
}
