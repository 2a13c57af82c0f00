package org.branchline.directory.internal.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.branchline.api.admin.InvalidFieldException;

/**
 * The settings a user template holds (admin guide §9.2 "User Template Settings"), with the values of
 * "System User (Default)". Settings the guide lists outside templates (presence, roles, primary phone,
 * notification, SMTP, VPN password, POP3 account credentials) are not here, nor are the selections of call
 * queues and auto attendants, which name other objects of the system.
 *
 * <p>The guide gives no factory values or limits; where it is silent Branchline picks values that grant no
 * extra permission (permissions off, call recording off, active calls not displayed) and limits that keep a
 * server's storage bounded. Values are text in a map: booleans "true"/"false", whole numbers in decimal, choices
 * by their kebab-case name.
 */
public final class TemplateSettings {

    /** The kind of value a setting takes. */
    public enum Type {
        /** "true" or "false"; yes/no, on/off and 1/0 are accepted and normalised. */
        BOOLEAN,
        /** A whole number from {@link Setting#minimum()} to {@link Setting#maximum()}. */
        INTEGER,
        /** One of {@link Setting#choices()}, case-insensitive. */
        CHOICE,
        /** Up to {@link Setting#maximum()} digits, possibly none. */
        DIGITS
    }

    /** One setting of §9.2: its key, the guide's wording, its type and limits and its factory value. */
    public enum Setting {
        ENABLE_VOICEMAIL("enable-voicemail", "System Features", "Enable Voicemail", Spec.bool(true)),
        MAXIMUM_VOICEMAILS("maximum-voicemails", "System Features", "Maximum Number of Voicemails",
                Spec.integer(1, 1000, 100)),
        CALL_ANSWERING_MAX_RECORDING_SECONDS("call-answering-max-recording-seconds", "System Features",
                "Call Answering maximum message recording time", Spec.integer(10, 1800, 180)),
        MESSAGE_CENTER_MAX_RECORDING_SECONDS("message-center-max-recording-seconds", "System Features",
                "Message Center maximum message recording time", Spec.integer(10, 1800, 180)),
        OFF_SITE_OUTSIDE_LINE_ACCESS("off-site-outside-line-access", "System Features",
                "User has permission for Off-Site Access to outside lines", Spec.bool(false)),
        SEND_VOICEMAIL_TO_ALL("send-voicemail-to-all", "System Features",
                "User has permission to send voicemail to all users", Spec.bool(false)),
        OPERATOR_EXTENSION("operator-extension", "System Features",
                "Operator Extension (used when caller dials 0 when leaving voicemail)", Spec.digits(8, "")),
        END_RECORDING_ON_SILENCE("end-recording-on-silence", "System Features",
                "End Message recording (Voice Activity Detection)", Spec.bool(true)),
        MODIFY_OWN_CALL_ROUTES("modify-own-call-routes", "System Features",
                "User has permission to modify extension's call routes", Spec.bool(true)),
        CREATE_CONFERENCES("create-conferences", "System Features",
                "User has permission to create conferences", Spec.bool(false)),
        ADMINISTER_CALL_REPORTING("administer-call-reporting", "System Features",
                "User has permission to administer Call Reporting", Spec.bool(false)),
        ACTIVE_CALLS_DISPLAY("active-calls-display", "System Features", "System-wide Active Calls Display",
                Spec.choice("not-displayed", "not-displayed", "brief", "full")),
        CALL_RECORDING_ALLOWED("call-recording-allowed", "System Features", "Call Recording Allowed",
                Spec.bool(false)),
        CALL_RECORDING_MAX_MB("call-recording-max-mb", "System Features", "Call Recording Maximum size",
                Spec.integer(1, 10000, 100)),
        UNIVERSAL_INBOX("universal-inbox", "System Features", "Universal Inbox", Spec.bool(false)),
        DEFAULT_LANGUAGE("default-language", "System Features", "Default Language",
                Spec.choice("primary", "primary", "secondary")),
        ENABLE_HOT_DESKING("enable-hot-desking", "System Features", "Enable Hot Desking", Spec.bool(false)),
        HOT_DESK_MAX_LOGIN_HOURS("hot-desk-max-login-hours", "System Features", "Maximum Logged in Time",
                Spec.integer(1, 168, 12)),
        CALLER_ID_NUMBER("caller-id-number", "System Features", "Caller ID Number", Spec.digits(15, "")),
        REACH_ELIGIBILITY_COUNT("reach-eligibility-count", "Feature Eligibility",
                "Allworx Reach Eligibility Count", Spec.integer(0, 10, 0)),
        INTERACT_PROFESSIONAL_ELIGIBILITY_COUNT("interact-professional-eligibility-count", "Feature Eligibility",
                "Allworx Interact Professional Eligibility Count", Spec.integer(0, 10, 0)),
        FOLLOW_ME_PIN_REQUIRED("follow-me-pin-required", "Follow Me Calling",
                "PIN code required to accept calls", Spec.bool(false)),
        FOLLOW_ME_RECORD_NAME("follow-me-record-name", "Follow Me Calling", "Require caller to record name",
                Spec.bool(false)),
        POP3_TRANSFERS("pop3-transfers", "POP3 Mail Transfers", "POP3 Mail Transfers",
                Spec.choice("email-and-voicemail", "email-and-voicemail", "email-only", "none")),
        VPN_ACCESS("vpn-access", "VPN Settings", "VPN Access", Spec.bool(false)),
        EXTERNAL_POP3_POLL_MINUTES("external-pop3-poll-minutes", "External POP3 Accounts", "Poll Period",
                Spec.integer(1, 1440, 10));

        private final String key;
        private final String section;
        private final String label;
        private final Spec spec;

        Setting(String key, String section, String label, Spec spec) {
            this.key = key;
            this.section = section;
            this.label = label;
            this.spec = spec;
        }

        /** The kebab-case key used in template and user setting maps. */
        public String key() {
            return key;
        }

        /** The §9.2 section heading, e.g. "System Features". */
        public String section() {
            return section;
        }

        /** The guide's wording of the setting. */
        public String label() {
            return label;
        }

        public Type type() {
            return spec.type();
        }

        /** Lowest value (INTEGER); 0 otherwise. */
        public int minimum() {
            return spec.minimum();
        }

        /** Highest value (INTEGER) or longest text (DIGITS); 0 otherwise. */
        public int maximum() {
            return spec.maximum();
        }

        /** The allowed values of a CHOICE, first to last; empty otherwise. */
        public List<String> choices() {
            return spec.choices();
        }

        /** The value in "System User (Default)". */
        public String defaultValue() {
            return spec.defaultValue();
        }
    }

    private record Spec(Type type, int minimum, int maximum, List<String> choices, String defaultValue) {
        static Spec bool(boolean defaultValue) {
            return new Spec(Type.BOOLEAN, 0, 0, List.of(), Boolean.toString(defaultValue));
        }

        static Spec integer(int minimum, int maximum, int defaultValue) {
            return new Spec(Type.INTEGER, minimum, maximum, List.of(), Integer.toString(defaultValue));
        }

        static Spec choice(String defaultValue, String... choices) {
            return new Spec(Type.CHOICE, 0, 0, List.of(choices), defaultValue);
        }

        static Spec digits(int maximumLength, String defaultValue) {
            return new Spec(Type.DIGITS, 0, maximumLength, List.of(), defaultValue);
        }
    }

    private static final Map<String, Setting> BY_KEY = byKey();

    private TemplateSettings() {
    }

    /** Every template setting, in §9.2 order. */
    public static List<Setting> all() {
        return List.of(Setting.values());
    }

    /** The keys of every template setting. */
    public static Set<String> keys() {
        return BY_KEY.keySet();
    }

    /** The setting named {@code key}, if there is one. */
    public static Optional<Setting> find(String key) {
        return Optional.ofNullable(key == null ? null : BY_KEY.get(key));
    }

    /** The settings of "System User (Default)" (§9.1), key to value, in §9.2 order. */
    public static Map<String, String> defaults() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Setting setting : Setting.values()) {
            values.put(setting.key(), setting.defaultValue());
        }
        return Collections.unmodifiableMap(values);
    }

    /**
     * Refuses an unknown key or a value the setting does not take.
     *
     * @throws InvalidFieldException on "settings." + key: "unknown setting", "must be true or false", "must be a
     *         whole number from 1 to 1000", "must be one of: not-displayed, brief, full" or "must be at most 15
     *         digits"
     */
    public static void validate(String key, String value) {
        normalise(key, value);
    }

    /**
     * The value in its stored form ("Yes" becomes "true", "007" becomes "7", "Brief" becomes "brief",
     * surrounding spaces dropped).
     *
     * @throws InvalidFieldException as {@link #validate}
     */
    public static String normalise(String key, String value) {
        Setting setting = find(key).orElseThrow(() -> invalid(key, "unknown setting"));
        String trimmed = value == null ? "" : value.trim();
        switch (setting.type()) {
            case BOOLEAN:
                return normaliseBoolean(setting, trimmed);
            case INTEGER:
                return normaliseInteger(setting, trimmed);
            case CHOICE:
                return normaliseChoice(setting, trimmed);
            default:
                return normaliseDigits(setting, trimmed);
        }
    }

    /**
     * Every entry of {@code settings} normalised, in the order given.
     *
     * @throws InvalidFieldException on the first unknown key or bad value
     */
    public static Map<String, String> normaliseAll(Map<String, String> settings) {
        Map<String, String> values = new LinkedHashMap<>();
        settings.forEach((key, value) -> values.put(key, normalise(key, value)));
        return Collections.unmodifiableMap(values);
    }

    private static String normaliseBoolean(Setting setting, String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "on": case "1":
                return "true";
            case "false": case "no": case "off": case "0":
                return "false";
            default:
                throw invalid(setting.key(), "must be true or false");
        }
    }

    private static String normaliseInteger(Setting setting, String value) {
        String rule = "must be a whole number from " + setting.minimum() + " to " + setting.maximum();
        if (value.isEmpty() || value.length() > 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(setting.key(), rule);
        }
        long number = Long.parseLong(value);
        if (number < setting.minimum() || number > setting.maximum()) {
            throw invalid(setting.key(), rule);
        }
        return Long.toString(number);
    }

    private static String normaliseChoice(Setting setting, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!setting.choices().contains(lower)) {
            throw invalid(setting.key(), "must be one of: " + String.join(", ", setting.choices()));
        }
        return lower;
    }

    private static String normaliseDigits(Setting setting, String value) {
        if (value.length() > setting.maximum() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(setting.key(), "must be at most " + setting.maximum() + " digits");
        }
        return value;
    }

    private static InvalidFieldException invalid(String key, String rule) {
        return new InvalidFieldException("settings." + key, rule);
    }

    private static Map<String, Setting> byKey() {
        Map<String, Setting> map = new LinkedHashMap<>();
        for (Setting setting : Setting.values()) {
            map.put(setting.key(), setting);
        }
        return Collections.unmodifiableMap(map);
    }
}
