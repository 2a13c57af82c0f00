package org.branchline.api.directory;

/** How a user template is applied to a user (admin guide §9.4). */
public enum TemplateApplication {
    /** Every setting of the template replaces the user's; overrides are cleared. */
    SET,
    /** The user's overrides stay; every other setting comes from the template. */
    MERGE
}
