package org.branchline.directory.internal.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.branchline.api.admin.InvalidFieldException;
import org.branchline.directory.internal.rules.TemplateSettings.Setting;
import org.branchline.directory.internal.rules.TemplateSettings.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TemplateSettingsTest {

    private static InvalidFieldException refused(String key, String value) {
        return assertThrows(InvalidFieldException.class, () -> TemplateSettings.validate(key, value));
    }

    @Test
    void coverTheSystemFeaturesAndRelatedRowsOfTheGuide() {
        List<String> expected = List.of("enable-voicemail", "maximum-voicemails",
                "call-answering-max-recording-seconds", "message-center-max-recording-seconds",
                "off-site-outside-line-access", "send-voicemail-to-all", "operator-extension",
                "end-recording-on-silence", "modify-own-call-routes", "create-conferences",
                "administer-call-reporting", "active-calls-display", "call-recording-allowed", "call-recording-max-mb",
                "universal-inbox", "default-language", "enable-hot-desking", "hot-desk-max-login-hours",
                "caller-id-number", "reach-eligibility-count", "interact-professional-eligibility-count",
                "follow-me-pin-required", "follow-me-record-name", "pop3-transfers", "vpn-access",
                "external-pop3-poll-minutes");
        assertEquals(expected, List.copyOf(TemplateSettings.keys()));
        assertEquals(expected, List.copyOf(TemplateSettings.defaults().keySet()));
    }

    @Test
    void keysAreKebabCaseAndEveryDefaultIsValidAndNormal() {
        for (Setting setting : TemplateSettings.all()) {
            assertTrue(setting.key().matches("[a-z0-9]+(-[a-z0-9]+)*"), setting.key());
            assertEquals(setting.defaultValue(), TemplateSettings.normalise(setting.key(), setting.defaultValue()),
                    setting.key());
            assertEquals(setting, TemplateSettings.find(setting.key()).orElseThrow());
        }
    }

    @Test
    void systemUserDefaultsGrantNoExtraPermissions() {
        Map<String, String> defaults = TemplateSettings.defaults();
        assertEquals("true", defaults.get("enable-voicemail"));
        assertEquals("false", defaults.get("off-site-outside-line-access"));
        assertEquals("false", defaults.get("send-voicemail-to-all"));
        assertEquals("false", defaults.get("create-conferences"));
        assertEquals("false", defaults.get("administer-call-reporting"));
        assertEquals("not-displayed", defaults.get("active-calls-display"));
        assertEquals("false", defaults.get("call-recording-allowed"));
        assertEquals("primary", defaults.get("default-language"));
        assertEquals("email-and-voicemail", defaults.get("pop3-transfers"));
        assertEquals("", defaults.get("caller-id-number"));
    }

    @Test
    void defaultsCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> TemplateSettings.defaults().put("x", "y"));
    }

    @Test
    void unknownKeysAreRefused() {
        InvalidFieldException e = refused("make-coffee", "true");
        assertEquals("settings.make-coffee", e.field());
        assertEquals("settings.make-coffee: unknown setting", e.getMessage());
        assertEquals("settings.null", refused(null, "true").field());
    }

    @ParameterizedTest
    @CsvSource({"true, true", "TRUE, true", "yes, true", " On , true", "1, true",
        "false, false", "No, false", "off, false", "0, false"})
    void booleansNormaliseToTrueOrFalse(String value, String expected) {
        assertEquals(expected, TemplateSettings.normalise("enable-voicemail", value));
    }

    @ParameterizedTest
    @CsvSource(value = {"maybe", "2", "''", "NULL"}, nullValues = "NULL")
    void badBooleansAreRefused(String value) {
        InvalidFieldException e = refused("create-conferences", value);
        assertEquals("settings.create-conferences", e.field());
        assertEquals("must be true or false", e.rule());
    }

    @Test
    void integersAreRangeCheckedAndNormalised() {
        assertEquals("7", TemplateSettings.normalise("maximum-voicemails", " 007 "));
        assertEquals("1000", TemplateSettings.normalise("maximum-voicemails", "1000"));
        assertEquals("1", TemplateSettings.normalise("maximum-voicemails", "1"));
        for (String bad : List.of("0", "1001", "-1", "1.5", "ten", "", "99999999999999999999")) {
            InvalidFieldException e = refused("maximum-voicemails", bad);
            assertEquals("must be a whole number from 1 to 1000", e.rule(), bad);
        }
    }

    @Test
    void choicesAreCaseInsensitiveAndListedWhenWrong() {
        assertEquals("brief", TemplateSettings.normalise("active-calls-display", "Brief"));
        assertEquals("full", TemplateSettings.normalise("active-calls-display", "full"));
        assertEquals("email-only", TemplateSettings.normalise("pop3-transfers", "EMAIL-ONLY"));
        assertEquals("must be one of: not-displayed, brief, full", refused("active-calls-display", "some").rule());
        assertEquals("must be one of: primary, secondary", refused("default-language", "french").rule());
    }

    @Test
    void digitSettingsTakeDigitsUpToTheirLength() {
        assertEquals("5854213850", TemplateSettings.normalise("caller-id-number", "5854213850"));
        assertEquals("", TemplateSettings.normalise("caller-id-number", ""));
        assertEquals("must be at most 15 digits", refused("caller-id-number", "585-421-3850").rule());
        assertEquals("must be at most 15 digits", refused("caller-id-number", "1234567890123456").rule());
        assertDoesNotThrow(() -> TemplateSettings.validate("operator-extension", "100"));
    }

    @ParameterizedTest
    @EnumSource(Setting.class)
    void integerLimitsAreConsistent(Setting setting) {
        if (setting.type() == Type.INTEGER) {
            assertTrue(setting.minimum() <= setting.maximum());
            assertDoesNotThrow(() -> TemplateSettings.validate(setting.key(), Integer.toString(setting.minimum())));
            assertDoesNotThrow(() -> TemplateSettings.validate(setting.key(), Integer.toString(setting.maximum())));
            refused(setting.key(), Integer.toString(setting.maximum() + 1));
        }
        if (setting.type() == Type.CHOICE) {
            assertTrue(setting.choices().contains(setting.defaultValue()));
        }
    }

    @Test
    void normaliseAllKeepsOrderAndStopsAtTheFirstBadEntry() {
        Map<String, String> in = new LinkedHashMap<>();
        in.put("universal-inbox", "yes");
        in.put("hot-desk-max-login-hours", "08");
        assertEquals(Map.of("universal-inbox", "true", "hot-desk-max-login-hours", "8"),
                TemplateSettings.normaliseAll(in));
        in.put("hot-desk-max-login-hours", "169");
        assertEquals("settings.hot-desk-max-login-hours", assertThrows(InvalidFieldException.class,
                () -> TemplateSettings.normaliseAll(in)).field());
    }
}
