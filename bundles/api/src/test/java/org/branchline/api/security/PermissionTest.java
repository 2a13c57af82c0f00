package org.branchline.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PermissionTest {
    @Test
    void aNameIsSubsystemObjectAndAction() {
        assertTrue(Permission.isName("voicemail.mailboxes.view"));
        assertTrue(Permission.isName("call-records.call-details.view"));
        assertFalse(Permission.isName("voicemail.view"));
        assertFalse(Permission.isName("voicemail.mailboxes.view.all"));
        assertFalse(Permission.isName("Voicemail.Mailboxes.View"));
        assertFalse(Permission.isName("voicemail..view"));
        assertFalse(Permission.isName(null));
    }

    @Test
    void aPermissionNeedsAGoodNameAndItsPage() {
        assertEquals("Reports > Users", new Permission("voicemail.mailboxes.view", "Reports > Users").page());
        assertThrows(IllegalArgumentException.class, () -> new Permission("VIEW_USERS", "Business > Users"));
        assertThrows(IllegalArgumentException.class, () -> new Permission("directory.users.view", " "));
    }
}
