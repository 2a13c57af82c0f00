package org.branchline.sip.internal.call;

/** What a dialog is to the B2BUA: the caller's side of a call, or the callee's (a leg). */
record DialogSide(B2bCall call, Leg leg) {
    boolean caller() {
        return leg == null;
    }
}
