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

    /** Handsets and registrations: bundles/sip. */
    public static FeatureNotInstalledException sipCore() {
        return new FeatureNotInstalledException("the SIP core", "branchline-sip");
    }

    /** Reports &gt; call detail records: bundles/call-records. */
    public static FeatureNotInstalledException callRecords() {
        return new FeatureNotInstalledException("call records", "branchline-call-records");
    }

    /** Mailboxes and voicemail alerts: bundles/voicemail. */
    public static FeatureNotInstalledException voicemail() {
        return new FeatureNotInstalledException("voicemail", "branchline-voicemail");
    }

    /** Call routes, speed dials and call park: bundles/routing. */
    public static FeatureNotInstalledException callRouting() {
        return new FeatureNotInstalledException("call routing", "branchline-routing");
    }

    /** Feature keys and server models: bundles/licensing, part of the base. */
    public static FeatureNotInstalledException licensing() {
        return new FeatureNotInstalledException("licensing", "branchline-base");
    }

    /** Maintenance &gt; Update: bundles/update, part of the base. */
    public static FeatureNotInstalledException softwareUpdates() {
        return new FeatureNotInstalledException("software updates", "branchline-base");
    }
}
