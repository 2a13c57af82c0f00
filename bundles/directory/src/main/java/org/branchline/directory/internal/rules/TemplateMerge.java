package org.branchline.directory.internal.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.branchline.api.directory.TemplateApplication;

/**
 * Applying a user template to a user (admin guide §9.3–9.4). A template change reaches a user only when the
 * template is applied again (§9.4). A user's settings outside the template are left as they are (§9.1: "The
 * templates do not include all user settings").
 */
public final class TemplateMerge {

    /**
     * A user's settings after a template was applied, and the keys flagged as overrides (the "!" of §9.3).
     * Both are unmodifiable; the override keys are sorted.
     */
    public record Result(Map<String, String> settings, Set<String> overrides) {
        public Result {
            settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
            overrides = Collections.unmodifiableSet(new TreeSet<>(overrides));
        }
    }

    private TemplateMerge() {
    }

    /**
     * Applies {@code templateSettings} to a user (§9.4 step 4). SET takes every template value and clears the
     * overrides. MERGE keeps each overridden setting the user has, still flagged as an override even where it
     * now equals the template's value (it stays the administrator's choice for this user), and takes every
     * other value from the template; overrides naming a setting the user does not have are dropped.
     */
    public static Result apply(TemplateApplication mode, Map<String, String> userSettings,
            Set<String> userOverrides, Map<String, String> templateSettings) {
        Objects.requireNonNull(mode, "mode");
        Map<String, String> settings = new LinkedHashMap<>(userSettings);
        Set<String> kept = new TreeSet<>();
        if (mode == TemplateApplication.MERGE) {
            userOverrides.stream().filter(userSettings::containsKey).forEach(kept::add);
        }
        templateSettings.forEach((key, value) -> {
            if (!kept.contains(key)) {
                settings.put(key, value);
            }
        });
        return new Result(settings, kept);
    }

    /**
     * The settings flagged as overrides after an administrator edits a user (§9.3 step 4): every template
     * setting the user has with a value other than the template's. Sorted and unmodifiable.
     */
    public static Set<String> overridesAfterEdit(Map<String, String> settings, Map<String, String> templateSettings) {
        Set<String> overrides = new TreeSet<>();
        templateSettings.forEach((key, value) -> {
            if (settings.containsKey(key) && !Objects.equals(settings.get(key), value)) {
                overrides.add(key);
            }
        });
        return Collections.unmodifiableSet(overrides);
    }
}
