package org.branchline.routing.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.routing.ApplicationNumber;
import org.branchline.api.routing.ApplicationNumber.Argument;
import org.branchline.api.routing.WhileAbsent;
import org.junit.jupiter.api.Test;

class NumberFormsTest {
    @Test
    void readsWhatApplicationsDeclare() {
        assertEquals(new ApplicationNumber(DialPlanFunction.PBX_FUNCTIONS, "07", Argument.NONE, "echo", null,
                WhileAbsent.BUSY), NumberForms.read("pbx-functions:07", "echo", WhileAbsent.BUSY));
        assertEquals(new ApplicationNumber(DialPlanFunction.MESSAGE_CENTER, "", Argument.EXTENSION, "mc", null,
                WhileAbsent.UNAVAILABLE), NumberForms.read("message-center::extension", "mc", WhileAbsent.UNAVAILABLE));
        assertEquals(new ApplicationNumber(null, "voicemail", Argument.OWN_EXTENSION, "mc", null,
                WhileAbsent.UNAVAILABLE), NumberForms.read(":voicemail:own-extension", "mc", WhileAbsent.UNAVAILABLE));
    }

    @Test
    void keysANumberByItsForm() {
        assertEquals("pbx-functions:04:own-extension", NumberForms.key(
                NumberForms.read("pbx-functions:04:own-extension", "mc", WhileAbsent.UNAVAILABLE)));
        assertEquals(":voicemail:none", NumberForms.key(NumberForms.read(":voicemail", "mc", WhileAbsent.UNAVAILABLE)));
    }

    @Test
    void refusesWhatItCannotReadAndSaysWhy() {
        assertTrue(refusal("407").contains("function:code"));
        assertTrue(refusal("pbx:07").contains("no dial plan function pbx"));
        assertTrue(refusal("pbx-functions:07:twice").contains("none, own-extension, extension or parking-orbit"));
        assertTrue(refusal("pbx-functions:0x7").contains("digits"));
        assertTrue(refusal(":").contains("function:code"));
    }

    @Test
    void busyOnlyWhenSaid() {
        assertEquals(WhileAbsent.BUSY, NumberForms.whileAbsent(" Busy "));
        assertEquals(WhileAbsent.UNAVAILABLE, NumberForms.whileAbsent(null));
        assertEquals(WhileAbsent.UNAVAILABLE, NumberForms.whileAbsent("silence"));
    }

    private static String refusal(String declared) {
        return assertThrows(IllegalArgumentException.class,
                () -> NumberForms.read(declared, "echo", WhileAbsent.BUSY)).getMessage();
    }
}
