package org.branchline.sip.internal.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.nist.javax.sip.address.AddressFactoryImpl;
import javax.sip.address.AddressFactory;
import org.junit.jupiter.api.Test;

class ContactFixupTest {
    private final AddressFactory addresses = new AddressFactoryImpl();

    @Test
    void contactBehindNatIsReplacedByWhereTheRegisterCameFrom() throws Exception {
        var contact = addresses.createURI("sip:5100@192.168.1.20:5060");
        assertEquals("sip:5100@203.0.113.9:40123", ContactFixup.reachable(contact,
                new Source("udp", "203.0.113.9", 40123), addresses).toString());
        assertEquals("sip:5100@203.0.113.9:40124;transport=tcp", ContactFixup.reachable(contact,
                new Source("tcp", "203.0.113.9", 40124), addresses).toString());
    }

    @Test
    void contactOnTheAddressItWasSeenAtIsKept() throws Exception {
        var contact = addresses.createURI("sip:5100@127.0.0.1:26050");
        assertEquals("sip:5100@127.0.0.1:26050", ContactFixup.reachable(contact,
                new Source("udp", "127.0.0.1", 26001), addresses).toString());
    }
}
