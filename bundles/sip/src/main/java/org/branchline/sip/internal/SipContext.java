package org.branchline.sip.internal;

import java.text.ParseException;
import java.util.UUID;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/** The running stack's provider and factories, and the address and ports the server is reached at. */
public record SipContext(SipProvider provider, MessageFactory messages, HeaderFactory headers,
        AddressFactory addresses, String host, int udpPort, int tcpPort) {

    public int port(String transport) {
        return "tcp".equalsIgnoreCase(transport) ? tcpPort : udpPort;
    }

    public static String newTag() {
        return UUID.randomUUID().toString().substring(0, 12);
    }

    /** A response to {@code request}, with a To tag when the request had none (needed past 100 Trying). */
    public Response response(int status, Request request) {
        try {
            Response r = messages.createResponse(status, request);
            ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
            if (status > 100 && to != null && to.getTag() == null) {
                to.setTag(newTag());
            }
            return r;
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The user part of a SIP URI (the dialed digits, a line's User ID), or null. */
    public static String user(javax.sip.address.URI uri) {
        return uri instanceof SipURI s ? s.getUser() : null;
    }

    /** The request's server transaction, made if the stack has none; null for a retransmission. */
    public ServerTransaction serverTransaction(RequestEvent event) throws javax.sip.SipException {
        if (event.getServerTransaction() != null) {
            return event.getServerTransaction();
        }
        try {
            return provider.getNewServerTransaction(event.getRequest());
        } catch (TransactionAlreadyExistsException e) {
            return null;
        }
    }

    /** The server's Contact for {@code transport} ("udp" or "tcp"). */
    public ContactHeader contact(String transport) throws ParseException {
        SipURI uri = addresses.createSipURI("branchline", host);
        uri.setPort(port(transport));
        if (!"udp".equalsIgnoreCase(transport)) {
            uri.setTransportParam(transport.toLowerCase());
        }
        return headers.createContactHeader(addresses.createAddress(uri));
    }

    /** Sends a response outside any transaction (registrar answers, answers to strays). */
    public void sendStateless(Response response) {
        try {
            provider.sendResponse(response);
        } catch (javax.sip.SipException e) {
            throw new IllegalStateException(e);
        }
    }
}
