package org.branchline.media.internal.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PromptLibraryTest {
    private final PromptLibrary library = new PromptLibrary();

    @Test
    void loadsAFragmentOnce() {
        byte[] menu = library.fragment("en", "mc/main-menu");
        assertTrue(menu.length > 8000);
        assertSame(menu, library.fragment("en", "mc/main-menu"));
        assertTrue(library.has("en", "mc/main-menu"));
    }

    @Test
    void aSecondaryLanguageFallsBackToEnglish() {
        assertSame(library.fragment("en", "num/7"), library.fragment("es", "num/7"));
        assertFalse(library.has("es", "num/7"));
    }

    @Test
    void anUnknownNameIsAnError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> library.fragment("es", "mc/no-such-prompt"));
        assertEquals("no prompt named mc/no-such-prompt", error.getMessage());
        assertFalse(library.has("en", "mc/no-such-prompt"));
    }
}
