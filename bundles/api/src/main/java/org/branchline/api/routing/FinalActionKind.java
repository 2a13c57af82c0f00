package org.branchline.api.routing;

import io.swagger.v3.oas.annotations.media.Schema;

/** How the Finally route ends a call nobody answered (admin guide §18.1.1 step 5). */
@Schema(name = "FinalActionKind", description = "How the Finally route ends a call nobody answered: HANG_UP, "
        + "TRANSFER to an extension (which runs that extension's route), VOICEMAIL of an extension (busy while no "
        + "voicemail application is installed).", enumAsRef = true)
public enum FinalActionKind {
    HANG_UP,
    /** Transfer to another extension, which runs that extension's route. */
    TRANSFER,
    /** The voicemail inbox of an extension; answered busy while no voicemail application is installed. */
    VOICEMAIL
}
