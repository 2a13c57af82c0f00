package org.branchline.api.directory;

import io.swagger.v3.oas.annotations.media.Schema;

/** How a user template is applied to a user (admin guide §9.4). */
@Schema(name = "TemplateApplication", description = "How a user template is applied (admin guide §9.4). SET: every "
        + "setting of the template replaces the user's and the overrides are cleared. MERGE: the user's override "
        + "settings stay and every other setting comes from the template. Case-insensitive in requests.",
        enumAsRef = true)
public enum TemplateApplication {
    /** Every setting of the template replaces the user's; overrides are cleared. */
    SET,
    /** The user's overrides stay; every other setting comes from the template. */
    MERGE
}
