package org.branchline.sip.internal.call;

import java.text.ParseException;
import java.util.List;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import org.branchline.sip.internal.SipContext;
import org.branchline.sip.internal.registrar.Binding;

/** Builds the requests the B2BUA sends on its own legs. */
final class Messages {
    private final SipContext sip;

    Messages(SipContext sip) {
        this.sip = sip;
    }

    /** A new INVITE to a registered contact, from the caller's number, carrying the caller's offer. */
    Request invite(Binding binding, String toUser, String fromUser, String fromName, byte[] sdp)
            throws ParseException, javax.sip.InvalidArgumentException {
        SipURI target = (SipURI) sip.addresses().createURI(binding.contact());
        String transport = transport(binding);
        if (!"udp".equals(transport)) {
            target.setTransportParam(transport);
        }
        Address from = sip.addresses().createAddress(sip.addresses().createSipURI(fromUser, sip.host()));
        if (fromName != null) {
            from.setDisplayName(fromName);
        }
        FromHeader fromHeader = sip.headers().createFromHeader(from, SipContext.newTag());
        ToHeader to = sip.headers().createToHeader(
                sip.addresses().createAddress(sip.addresses().createSipURI(toUser, sip.host())), null);
        ViaHeader via = sip.headers().createViaHeader(sip.host(), sip.port(transport), transport, null);
        Request invite = sip.messages().createRequest(target, Request.INVITE, sip.provider().getNewCallId(),
                sip.headers().createCSeqHeader(1L, Request.INVITE), fromHeader, to, List.of(via),
                sip.headers().createMaxForwardsHeader(70));
        invite.addHeader(contact(transport));
        if (sdp != null && sdp.length > 0) {
            invite.setContent(sdp, sdpType());
        }
        return invite;
    }

    ContactHeader contact(String transport) throws ParseException {
        return sip.contact(transport);
    }

    /** Asks the phone to answer by itself at once (Call-Info answer-after, RFC 7462's predecessor draft). */
    void autoAnswer(Request invite) throws ParseException {
        invite.addHeader(sip.headers().createHeader("Call-Info", "<sip:" + sip.host() + ">;answer-after=0"));
    }

    ContentTypeHeader sdpType() throws ParseException {
        return sip.headers().createContentTypeHeader("application", "sdp");
    }

    /**
     * Copies the body of one message onto another; a session description is shown under the origin the
     * receiving phone knows ({@code shownTo}).
     */
    void setBody(Message to, Message from, Side shownTo) throws ParseException {
        byte[] body = from.getRawContent();
        ContentTypeHeader type = (ContentTypeHeader) from.getHeader(ContentTypeHeader.NAME);
        if (body == null || body.length == 0 || type == null) {
            return;
        }
        boolean sdp = "application".equalsIgnoreCase(type.getContentType())
                && "sdp".equalsIgnoreCase(type.getContentSubType());
        to.setContent(sdp ? shownTo.show(body) : body, (ContentTypeHeader) type.clone());
    }

    static String transport(Binding binding) {
        return binding.source().substring(0, binding.source().indexOf(':'));
    }


}
