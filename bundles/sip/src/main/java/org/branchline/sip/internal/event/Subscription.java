package org.branchline.sip.internal.event;

import javax.sip.Dialog;

/** A phone's subscription to an event package for one resource (an extension or station number). */
final class Subscription {
    final Dialog dialog;
    final String event;
    final String resource;
    final String transport;
    volatile long expiresAtMillis;
    int version;
    volatile String lastBody;

    Subscription(Dialog dialog, String event, String resource, long expiresAtMillis, String transport) {
        this.transport = transport == null ? "udp" : transport.toLowerCase();
        this.dialog = dialog;
        this.event = event;
        this.resource = resource;
        this.expiresAtMillis = expiresAtMillis;
    }

    synchronized int nextVersion() {
        return version++;
    }
}
