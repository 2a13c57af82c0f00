package org.branchline.directory.internal;

import java.util.EnumMap;
import java.util.Map;
import javax.persistence.EntityManager;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.directory.DialPlanMode;
import org.branchline.api.directory.PasswordRequirements;
import org.branchline.directory.internal.rules.DialPlanRules;
import org.branchline.directory.internal.store.SettingEntity;

/** The directory-wide settings, one row per field, with the factory defaults where a row is missing. */
final class DirectorySettings {
    private DirectorySettings() {
    }

    static PasswordRequirements passwordRequirements(EntityManager em) {
        PasswordRequirements d = PasswordRequirements.defaults();
        return new PasswordRequirements(
                bool(em, "password.strong", d.strong()),
                Integer.parseInt(get(em, "password.minimum-length", String.valueOf(d.minimumLength()))),
                bool(em, "password.require-lower-case", d.requireLowerCase()),
                bool(em, "password.require-upper-case", d.requireUpperCase()),
                bool(em, "password.require-digit", d.requireDigit()),
                bool(em, "password.require-special", d.requireSpecial()));
    }

    static void save(EntityManager em, PasswordRequirements r) {
        put(em, "password.strong", r.strong());
        put(em, "password.minimum-length", r.minimumLength());
        put(em, "password.require-lower-case", r.requireLowerCase());
        put(em, "password.require-upper-case", r.requireUpperCase());
        put(em, "password.require-digit", r.requireDigit());
        put(em, "password.require-special", r.requireSpecial());
    }

    static DialPlan dialPlan(EntityManager em) {
        DialPlan d = DialPlanRules.defaults();
        Map<DialPlanFunction, Integer> digits = new EnumMap<>(DialPlanFunction.class);
        for (DialPlanFunction f : DialPlanFunction.values()) {
            digits.put(f, Integer.parseInt(get(em, "dial-plan.digit." + f.field(), String.valueOf(d.digit(f)))));
        }
        return new DialPlan(DialPlanMode.valueOf(get(em, "dial-plan.mode", d.mode().name())),
                Integer.parseInt(get(em, "dial-plan.extension-length", String.valueOf(d.extensionLength()))),
                digits);
    }

    static void save(EntityManager em, DialPlan plan) {
        put(em, "dial-plan.mode", plan.mode().name());
        put(em, "dial-plan.extension-length", plan.extensionLength());
        plan.digits().forEach((f, digit) -> put(em, "dial-plan.digit." + f.field(), digit));
    }

    private static boolean bool(EntityManager em, String name, boolean fallback) {
        return Boolean.parseBoolean(get(em, name, String.valueOf(fallback)));
    }

    private static String get(EntityManager em, String name, String fallback) {
        SettingEntity s = em.find(SettingEntity.class, name);
        return s == null ? fallback : s.value;
    }

    private static void put(EntityManager em, String name, Object value) {
        SettingEntity s = em.find(SettingEntity.class, name);
        if (s == null) {
            em.persist(new SettingEntity(name, String.valueOf(value)));
        } else {
            s.value = String.valueOf(value);
        }
    }
}
