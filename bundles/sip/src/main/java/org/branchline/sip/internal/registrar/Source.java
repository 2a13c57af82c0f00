package org.branchline.sip.internal.registrar;

/** Where a request came from: the transport and the address and port it was seen at. */
public record Source(String transport, String address, int port) {
    @Override
    public String toString() {
        return transport.toLowerCase() + ":" + address + ":" + port;
    }
}
