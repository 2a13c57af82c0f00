package org.branchline.api.licensing;

/** The counted capabilities of the server models (admin guide §1.3, table 1). */
public enum Capacity {
    USERS("users", LicensedFeature.USER_EXPANSION),
    EXTENSIONS("extensions", LicensedFeature.USER_EXPANSION),
    GENERIC_SIP_HANDSETS("generic SIP handsets", LicensedFeature.GENERIC_SIP_HANDSETS),
    VOICEMAIL_PORTS("voicemail ports", null),
    CONFERENCE_BRIDGES("conference bridges", null),
    CONFERENCE_SEATS("seats per conference bridge", null),
    CALL_QUEUES("call queues", null),
    QUEUED_CALLS("calls in all queues", null);

    private final String title;
    private final LicensedFeature expandedBy;

    Capacity(String title, LicensedFeature expandedBy) {
        this.title = title;
        this.expandedBy = expandedBy;
    }

    public String title() {
        return title;
    }

    /** The key that raises this capacity above the model's base, or null when only the model sets it. */
    public LicensedFeature expandedBy() {
        return expandedBy;
    }
}
