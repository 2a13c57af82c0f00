package org.branchline.directory.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.branchline.api.directory.TemplateApplication;
import org.branchline.directory.internal.rules.TemplateMerge.Result;
import org.junit.jupiter.api.Test;

class TemplateMergeTest {

    private static final Map<String, String> SALES = sales();

    private static Map<String, String> sales() {
        Map<String, String> template = new HashMap<>(TemplateSettings.defaults());
        template.put("create-conferences", "true");
        template.put("off-site-outside-line-access", "true");
        template.put("maximum-voicemails", "200");
        return Map.copyOf(template);
    }

    private static Map<String, String> userWithOverrides() {
        Map<String, String> user = new HashMap<>(TemplateSettings.defaults());
        user.put("call-recording-allowed", "true");
        user.put("maximum-voicemails", "500");
        user.put("presence", "in-office");
        return user;
    }

    private static final Set<String> OVERRIDES = Set.of("call-recording-allowed", "maximum-voicemails");

    @Test
    void setTakesEveryTemplateValueAndClearsOverrides() {
        Result result = TemplateMerge.apply(TemplateApplication.SET, userWithOverrides(), OVERRIDES, SALES);
        Map<String, String> expected = new HashMap<>(SALES);
        expected.put("presence", "in-office");
        assertEquals(expected, result.settings());
        assertEquals(Set.of(), result.overrides());
    }

    @Test
    void mergeKeepsTheOverridesAndTakesTheRestFromTheTemplate() {
        Result result = TemplateMerge.apply(TemplateApplication.MERGE, userWithOverrides(), OVERRIDES, SALES);
        Map<String, String> expected = new HashMap<>(SALES);
        expected.put("call-recording-allowed", "true");
        expected.put("maximum-voicemails", "500");
        expected.put("presence", "in-office");
        assertEquals(expected, result.settings());
        assertEquals(OVERRIDES, result.overrides());
    }

    @Test
    void mergeKeepsAnOverrideFlaggedEvenWhenItNowEqualsTheTemplate() {
        Map<String, String> user = userWithOverrides();
        user.put("maximum-voicemails", "200");
        Result result = TemplateMerge.apply(TemplateApplication.MERGE, user, OVERRIDES, SALES);
        assertEquals("200", result.settings().get("maximum-voicemails"));
        assertEquals(OVERRIDES, result.overrides());
    }

    @Test
    void mergeDropsOverridesOfSettingsTheUserDoesNotHave() {
        Result result = TemplateMerge.apply(TemplateApplication.MERGE, Map.of("a", "1"), Set.of("a", "b"),
                Map.of("a", "2", "b", "3"));
        assertEquals(Map.of("a", "1", "b", "3"), result.settings());
        assertEquals(Set.of("a"), result.overrides());
    }

    @Test
    void settingsOutsideTheTemplateAreLeftAlone() {
        Result result = TemplateMerge.apply(TemplateApplication.SET, Map.of("a", "1", "vpn-password", "x"),
                Set.of(), Map.of("a", "2"));
        assertEquals(Map.of("a", "2", "vpn-password", "x"), result.settings());
    }

    @Test
    void resultsCannotBeChanged() {
        Result result = TemplateMerge.apply(TemplateApplication.MERGE, userWithOverrides(), OVERRIDES, SALES);
        assertThrows(UnsupportedOperationException.class, () -> result.settings().put("a", "b"));
        assertThrows(UnsupportedOperationException.class, () -> result.overrides().add("a"));
    }

    @Test
    void overridesAfterEditAreTheTemplateSettingsThatDiffer() {
        Map<String, String> edited = new HashMap<>(SALES);
        edited.put("create-conferences", "false");
        edited.put("universal-inbox", "true");
        edited.put("presence", "in-office");
        assertEquals(Set.of("create-conferences", "universal-inbox"),
                TemplateMerge.overridesAfterEdit(edited, SALES));
        assertEquals(Set.of(), TemplateMerge.overridesAfterEdit(SALES, SALES));
    }

    @Test
    void aSetFollowedByAnEditFlagsOnlyTheEditedSetting() {
        Result set = TemplateMerge.apply(TemplateApplication.SET, userWithOverrides(), OVERRIDES, SALES);
        Map<String, String> edited = new HashMap<>(set.settings());
        edited.put("enable-hot-desking", "true");
        assertEquals(Set.of("enable-hot-desking"), TemplateMerge.overridesAfterEdit(edited, SALES));
    }
}
