package org.branchline.api.routing;

/** How the Finally route ends a call nobody answered (admin guide §18.1.1 step 5). */
public enum FinalActionKind {
    HANG_UP,
    /** Transfer to another extension, which runs that extension's route. */
    TRANSFER,
    /** The voicemail inbox of an extension; answered busy while no voicemail application is installed. */
    VOICEMAIL
}
