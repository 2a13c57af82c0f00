package org.branchline.admin.internal;

import org.apache.cxf.message.Message;
import org.apache.cxf.transport.Conduit;
import org.apache.cxf.transport.Destination;
import org.apache.cxf.transport.MessageObserver;
import org.apache.cxf.ws.addressing.EndpointReferenceType;

/**
 * A destination with no transport behind it, on which a REST endpoint is started and stopped: it only keeps the
 * observer the endpoint sets, which the {@link RestDoor} calls from the live destination.
 */
final class DetachedDestination implements Destination {
    private final EndpointReferenceType address;
    private volatile MessageObserver observer;

    DetachedDestination(EndpointReferenceType address) {
        this.address = address;
    }

    @Override
    public EndpointReferenceType getAddress() {
        return address;
    }

    @Override
    public Conduit getBackChannel(Message inMessage) {
        return null;
    }

    @Override
    public void shutdown() {
    }

    @Override
    public void setMessageObserver(MessageObserver observer) {
        this.observer = observer;
    }

    @Override
    public MessageObserver getMessageObserver() {
        return observer;
    }
}
