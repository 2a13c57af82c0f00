package org.branchline.api.security;

import java.util.regex.Pattern;

/**
 * An administrative operation a subsystem declares, named {@code <subsystem>.<object>.<action>} (e.g.
 * {@code voicemail.mailboxes.view}), with the page or link of admin guide §2.2.2 it stands for. Which roles hold
 * it is not code: the role table says (etc/org.branchline.roles-*.cfg, read by the directory).
 */
public record Permission(String name, String page) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*){2}");

    public Permission {
        if (!isName(name)) {
            throw new IllegalArgumentException("not a permission name (<subsystem>.<object>.<action>): " + name);
        }
        if (page == null || page.isBlank()) {
            throw new IllegalArgumentException("permission " + name + " needs the page of the guide it stands for");
        }
    }

    /** Whether the text has the shape of a permission name: three lower-case dotted words. */
    public static boolean isName(String text) {
        return text != null && NAME.matcher(text).matches();
    }
}
