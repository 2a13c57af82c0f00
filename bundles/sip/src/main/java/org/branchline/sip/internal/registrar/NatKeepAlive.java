package org.branchline.sip.internal.registrar;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.address.SipURI;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import org.branchline.sip.internal.SipContext;

/**
 * Keeps the NAT bindings of phones behind NAT open: an OPTIONS to each such UDP contact every
 * {@link #PERIOD_SECONDS}, sent outside any transaction (the answer only has to pass the NAT).
 */
public final class NatKeepAlive {
    public static final int PERIOD_SECONDS = 25;
    private static final Logger LOG = Logger.getLogger(NatKeepAlive.class.getName());
    private final SipContext sip;
    private final Location location;

    public NatKeepAlive(SipContext sip, Location location) {
        this.sip = sip;
        this.location = location;
    }

    public void run() {
        List<Binding> natted = location.all().stream()
                .filter(b -> b.behindNat() && b.source().startsWith("udp:")).toList();
        for (Binding b : natted) {
            try {
                sip.provider().sendRequest(options(b));
            } catch (Exception e) {
                LOG.log(Level.FINE, "keep-alive to " + b.contact() + " failed", e);
            }
        }
    }

    private Request options(Binding b) throws Exception {
        SipURI target = (SipURI) sip.addresses().createURI(b.contact());
        SipURI server = sip.addresses().createSipURI("branchline", sip.host());
        ViaHeader via = sip.headers().createViaHeader(sip.host(), sip.udpPort(), "udp", null);
        return sip.messages().createRequest(target, Request.OPTIONS, sip.provider().getNewCallId(),
                sip.headers().createCSeqHeader(1L, Request.OPTIONS),
                sip.headers().createFromHeader(sip.addresses().createAddress(server), SipContext.newTag()),
                sip.headers().createToHeader(sip.addresses().createAddress(target), null), List.of(via),
                sip.headers().createMaxForwardsHeader(70));
    }
}
