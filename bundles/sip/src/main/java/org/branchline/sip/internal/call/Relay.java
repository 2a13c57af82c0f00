package org.branchline.sip.internal.call;

import javax.sip.ServerTransaction;

/** An in-dialog request passed on to the other side; its answer goes back on {@code origin}. */
record Relay(ServerTransaction origin, DialogSide towards) {
}
