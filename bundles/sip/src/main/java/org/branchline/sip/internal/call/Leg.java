package org.branchline.sip.internal.call;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import org.branchline.sip.internal.relay.RelaySession;

/** One INVITE the B2BUA sent to a registered contact of a call appearance, while a call route runs. */
final class Leg {
    final RouteRun run;
    final String userId;
    final int attempt;
    final ClientTransaction invite;
    final Dialog dialog;
    final RelaySession relay;
    boolean done;
    int finalStatus;

    Leg(RouteRun run, String userId, int attempt, ClientTransaction invite, Dialog dialog, RelaySession relay) {
        this.relay = relay;
        this.run = run;
        this.userId = userId;
        this.attempt = attempt;
        this.invite = invite;
        this.dialog = dialog;
    }

    boolean busy() {
        return finalStatus == 486 || finalStatus == 600;
    }
}
