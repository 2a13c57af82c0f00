package org.branchline.api.network;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;

/** The address the server's SIP and media ports use when none is configured. */
public final class LocalAddress {
    private LocalAddress() {
    }

    /** The first IPv4 address of an interface that is up and not loopback; 127.0.0.1 when there is none. */
    public static String firstIpv4() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && nic.isUp()) {
                    return a.getHostAddress();
                }
            }
        }
        return "127.0.0.1";
    }
}
