package org.branchline.sip.internal.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SdpTest {
    @Test
    void onePhoneSeesOneOriginWhoseVersionGoesUp() {
        Sdp shown = new Sdp("192.0.2.1");
        String first = text(shown.present(bytes("v=0\r\no=alice 1 1 IN IP4 10.0.0.5\r\ns=-\r\nc=IN IP4 10.0.0.5\r\n")));
        String second = text(shown.present(bytes("v=0\r\no=carol 9 9 IN IP4 10.0.0.7\r\ns=-\r\nc=IN IP4 10.0.0.7\r\n")));
        String[] o1 = origin(first);
        String[] o2 = origin(second);
        assertEquals("branchline", o1[0]);
        assertEquals(o1[1], o2[1]);
        assertEquals(Long.parseLong(o1[2]) + 1, Long.parseLong(o2[2]));
        assertTrue(second.contains("c=IN IP4 10.0.0.7"));
        assertEquals(second, text(shown.last()));
    }

    @Test
    void anIpv6ServerPresentsAnIpv6OriginAndAnythingElseAsItIs() {
        Sdp shown = new Sdp("2001:db8::1");
        String out = text(shown.present(bytes("v=0\no=alice 1 1 IN IP6 2001:db8::5\nc=IN IP6 2001:db8::5\n")));
        assertTrue(out.matches("v=0\r\no=branchline \\d+ \\d+ IN IP6 2001:db8::1\r\nc=IN IP6 2001:db8::5\r\n"), out);
        byte[] garbled = bytes("v=0\r\nm=audio x RTP/AVP 0\r\n");
        assertSame(garbled, shown.present(garbled));
        assertSame(garbled, shown.last());
    }

    private static String[] origin(String sdp) {
        return sdp.lines().filter(l -> l.startsWith("o=")).findFirst().orElseThrow().substring(2).split(" ");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
