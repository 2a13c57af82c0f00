package org.branchline.api.calls;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A call detail record: one per call, written when it ends.
 *
 * @param answered null when nobody answered
 * @param answeredBy the station number that answered, or null
 * @param route the route taken, e.g. "101 In Office: attempt 2" or "101 In Office: Finally voicemail"
 */
@Schema(name = "CallRecord", description = "A call detail record, written when the call ends.",
        requiredProperties = {"id", "call-id", "started", "answered", "ended", "from", "to", "answered-by",
                "disposition", "route"})
public record CallRecord(
        @Schema(description = "Record number.") long id,
        @Schema(description = "The SIP Call-ID of the caller's leg.") String callId,
        @Schema(description = "When the call came in.") Instant started,
        @Schema(description = "When it was answered; null when nobody answered.", nullable = true) Instant answered,
        @Schema(description = "When it ended.") Instant ended,
        @Schema(description = "The caller.", example = "5100") String from,
        @Schema(description = "What was dialed.", example = "101") String to,
        @Schema(description = "The station number that answered, or null.", example = "5101", nullable = true)
        String answeredBy,
        CallDisposition disposition,
        @Schema(description = "The route taken, e.g. \"101 In Office: attempt 2\".", nullable = true) String route) {
}
