package org.branchline.api.directory;

import java.util.List;
import java.util.Map;

/**
 * A user template (admin guide §9.1–9.2).
 *
 * @param editable false for "System User (Default)"
 * @param users the users this template was last applied to
 */
public record UserTemplate(String name, boolean editable, Map<String, String> settings, List<String> users) {
    public static final String SYSTEM_DEFAULT = "System User (Default)";
}
