package org.branchline.directory.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    @Test
    void storesNoPlainTextAndChecksTheSecret() {
        String stored = PasswordHasher.hash("Secret99");
        assertFalse(stored.contains("Secret99"));
        assertTrue(stored.startsWith("pbkdf2-sha256$"));
        assertTrue(PasswordHasher.matches("Secret99", stored));
        assertFalse(PasswordHasher.matches("secret99", stored));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(PasswordHasher.hash("1234"), PasswordHasher.hash("1234"));
    }

    @Test
    void refusesMalformedHashes() {
        assertFalse(PasswordHasher.matches("x", null));
        assertFalse(PasswordHasher.matches("x", "plain"));
        assertFalse(PasswordHasher.matches("x", "md5$1$a$b"));
    }
}
