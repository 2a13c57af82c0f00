package org.branchline.api.directory;

import java.util.List;
import java.util.Map;

/** User templates (admin guide §9.1–9.2). */
public interface UserTemplateService {
    List<UserTemplate> list();

    UserTemplate get(String name);

    /** Copies a template under a new name ("Copy of ..." when {@code newName} is null). */
    UserTemplate copy(String source, String newName);

    /** Renames and/or changes settings; "System User (Default)" cannot be changed. */
    UserTemplate update(String name, String newName, Map<String, String> settings);

    /** Refused while a user was last given this template, and always for the default. */
    void delete(String name);
}
