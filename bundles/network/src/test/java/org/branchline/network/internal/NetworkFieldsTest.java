package org.branchline.network.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.branchline.api.admin.InvalidFieldException;
import org.junit.jupiter.api.Test;

class NetworkFieldsTest {
    @Test
    void acceptsTheFactoryAddresses() {
        assertEquals("192.168.2.254", NetworkFields.address("lan-address", "192.168.2.254"));
        assertEquals("255.255.255.0", NetworkFields.subnetMask("lan-subnet-mask", "255.255.255.0"));
        assertEquals("pbx-1", NetworkFields.hostName("pbx-1"));
        assertEquals("example.com", NetworkFields.domainName("example.com"));
    }

    @Test
    void refusesWithTheFieldName() {
        assertEquals("lan-address", assertThrows(InvalidFieldException.class,
                () -> NetworkFields.address("lan-address", "192.168.2.256")).field());
        assertEquals("lan-subnet-mask", assertThrows(InvalidFieldException.class,
                () -> NetworkFields.subnetMask("lan-subnet-mask", "255.0.255.0")).field());
        assertThrows(InvalidFieldException.class, () -> NetworkFields.hostName("-pbx"));
        assertThrows(InvalidFieldException.class, () -> NetworkFields.domainName("example..com"));
    }
}
