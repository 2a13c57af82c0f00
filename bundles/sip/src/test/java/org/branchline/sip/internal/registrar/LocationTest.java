package org.branchline.sip.internal.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocationTest {
    @Test
    void severalContactsPerAppearanceAndExpiryRemovesThem() {
        Location location = new Location();
        long now = System.currentTimeMillis();
        location.put(binding("sip:5100@127.0.0.1:1", now + 60_000));
        location.put(binding("sip:5100@127.0.0.1:2", now + 60_000));
        location.put(binding("sip:5100@127.0.0.1:3", now - 1));
        assertEquals(2, location.contacts("5100").size());
        assertTrue(location.registeredFrom("5100", new Source("udp", "127.0.0.1", 1)));
        assertFalse(location.registeredFrom("5101", new Source("udp", "127.0.0.1", 1)));
        assertTrue(location.anyRegisteredFrom(new Source("udp", "127.0.0.1", 1)));
        assertFalse(location.anyRegisteredFrom(new Source("tcp", "127.0.0.1", 1)));
        assertEquals(1, location.sweep());
        assertEquals(2, location.size());
        location.remove("5100", "sip:5100@127.0.0.1:1");
        assertEquals(1, location.all().size());
        location.removeAll("5100");
        assertEquals(0, location.size());
    }

    private static Binding binding(String contact, long expires) {
        return new Binding("5100", "alice-phone", contact, "udp:127.0.0.1:1", expires, "c", 1, null, false);
    }
}
